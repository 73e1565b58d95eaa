/** Filled progress rows for a ledger: every status, blanks, percents around the schedule, dates in the period. */
import type { StatusCode } from "../../src/core/workbook/codes";
import type { Ledger } from "../../src/core/workbook/ledger";
import type { Period } from "../../src/core/workbook/period";
import type { ProgressValues } from "../../src/core/workbook/progress";
import { EMPTY_PROGRESS } from "../../src/core/workbook/progress";
import { rng } from "./plan";

export function makeProgressRow(over: Partial<ProgressValues> = {}): ProgressValues {
  return {
    ...EMPTY_PROGRESS,
    status: "on-track",
    percent: 30,
    progress: "已完成前期手续，正在推进建设。",
    reporter: "张三",
    phone: "0635-4261234",
    ...over,
  };
}

/** Fill about 85% of the rows with varied values; the rest stay unreported. */
export function fillProgress(ledger: Ledger, period: Period, seed = 7): Map<string, ProgressValues> {
  const r = rng(seed);
  const statuses: StatusCode[] = ["not-started", "on-track", "lagging", "done"];
  const out = new Map<string, ProgressValues>();
  for (const a of ledger.assignments) {
    if (r() < 0.15) continue;
    const status = statuses[Math.floor(r() * statuses.length)] ?? null;
    const day = 1 + Math.floor(r() * 25);
    out.set(
      a.key,
      makeProgressRow({
        status: r() < 0.1 ? null : status,
        percent: r() < 0.15 ? null : Math.floor(r() * 101),
        actual: r() < 0.5 ? Math.round(r() * 10000) / 100 : null,
        problems: status === "lagging" && r() < 0.5 ? "资金未到位" : null,
        reportDate: r() < 0.2 ? null : `${period.end.slice(0, 8)}${String(day).padStart(2, "0")}`,
        phone: r() < 0.5 ? "13800138000" : "0635-4261234",
      }),
    );
  }
  return out;
}
