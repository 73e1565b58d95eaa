/** Reporting periods (报送期次): `2024-03` (month) or `2024-Q1` (quarter), and the schedule-to-date (序时进度). */
import type { Lang } from "../i18n/lang";
import { endOfMonth } from "./dates";

export interface Period {
  kind: "month" | "quarter";
  year: number;
  /** 1–12 for a month, 1–4 for a quarter. */
  index: number;
  /** First and last day, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** The last month the period covers (3 for 2024-Q1): the schedule-to-date counts to it. */
  lastMonth: number;
  /** Canonical code: `2024-03` or `2024-Q1`. */
  code: string;
}

const CN_QUARTER = ["一", "二", "三", "四"];

/** Parse `2024-03` / `2024-3` / `2024-Q1` / `2024q1`; null when it is neither. */
export function parsePeriod(text: string): Period | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return {
      kind: "month",
      year,
      index: month,
      start: `${year}-${String(month).padStart(2, "0")}-01`,
      end: endOfMonth(year, month),
      lastMonth: month,
      code: `${year}-${String(month).padStart(2, "0")}`,
    };
  }
  m = /^(\d{4})-?[Qq]([1-4])$/.exec(s);
  if (m) {
    const year = Number(m[1]);
    const q = Number(m[2]);
    const first = 3 * q - 2;
    return {
      kind: "quarter",
      year,
      index: q,
      start: `${year}-${String(first).padStart(2, "0")}-01`,
      end: endOfMonth(year, 3 * q),
      lastMonth: 3 * q,
      code: `${year}-Q${q}`,
    };
  }
  return null;
}

/** `2024年3月` / `2024年第一季度`; English `March 2024` / `2024 Q1`. */
export function periodLabel(p: Period, lang: Lang): string {
  if (lang === "en") {
    if (p.kind === "quarter") return `${p.year} Q${p.index}`;
    const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    return `${months[p.index - 1] ?? ""} ${p.year}`;
  }
  return p.kind === "month" ? `${p.year}年${p.index}月` : `${p.year}年第${CN_QUARTER[p.index - 1]}季度`;
}

/** Schedule-to-date in percent points, to 2 decimals: month m of 12 → m/12 of the year expected (March → 25). */
export function scheduleToDate(p: Period): number {
  return Math.round((p.lastMonth / 12) * 10000) / 100;
}

/** The period a build defaults to: this month when the plan is for this year, else December (past) or January (future). */
export function defaultPeriod(planYear: number | null, todayIso: string): Period {
  const [y, m] = todayIso.split("-").map(Number) as [number, number];
  const year = planYear ?? y;
  const month = year === y ? m : year < y ? 12 : 1;
  const p = parsePeriod(`${year}-${String(month).padStart(2, "0")}`);
  if (!p) throw new Error("unreachable: default period");
  return p;
}
