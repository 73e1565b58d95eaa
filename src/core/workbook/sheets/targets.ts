/** 指标: one row per quantitative target; the reported value is the lead unit's 实际完成值 on 进度. */
import type { BuildContext } from "../context";
import type { CellValue, SheetSpec } from "../spec";
import { LANDSCAPE_A4, TABLE_STYLE, column } from "../style";
import { lookupProgress } from "./tasks";

/** Completion ratio of one target: actual/target, or for an upper bound (以内) 1 when met, else target/actual. */
export function targetRatio(comparator: "approx" | "gte" | "lte" | "eq", target: number, actual: number | null): number | "" {
  if (actual === null || target === 0) return "";
  if (comparator === "lte") return actual <= target ? 1 : actual === 0 ? "" : target / actual;
  return actual / target;
}

export function targetsSheet(ctx: BuildContext): SheetSpec {
  const L = ctx.labels.targets;
  const rows: CellValue[][] = [];
  for (const t of ctx.ledger.tasks) {
    for (const g of t.targets) {
      const r = rows.length + 2;
      const actual = t.leadKey === null ? null : (ctx.progress.get(t.leadKey)?.actual ?? null);
      const actualCell: CellValue =
        t.leadKey === null
          ? null
          : // A blank lookup yields "", so the ratio stays blank until the lead unit reports.
            { formula: `IF(${lookupProgress(ctx, t.leadKey, "actual")}="","",VALUE(${lookupProgress(ctx, t.leadKey, "actual")}))`, result: actual ?? "" };
      const ratio =
        g.comparator === "lte"
          ? `IF(OR(G${r}="",E${r}=0),"",IF(G${r}<=E${r},1,IF(G${r}=0,"",E${r}/G${r})))`
          : `IF(OR(G${r}="",E${r}=0),"",G${r}/E${r})`;
      rows.push([t.no, t.text, g.text, ctx.labels.comparator[g.comparator], g.value, g.unit, actualCell, { formula: ratio, result: targetRatio(g.comparator, g.value, actual) }]);
    }
  }
  return {
    code: "targets",
    name: ctx.names.targets,
    state: "visible",
    columns: [
      column("no", L.no, "integer", 6, { numFmt: "General" }),
      column("task", L.task, "text", 40, { wrap: true }),
      column("indicator", L.indicator, "text", 28, { wrap: true }),
      column("comparator", L.comparator, "text", 8),
      column("value", L.value, "number", 10),
      column("measure", L.measure, "text", 8),
      column("actual", L.actual, "formula", 11, { numFmt: "General" }),
      column("ratio", L.ratio, "formula", 10, { numFmt: "0.0%" }),
    ],
    headerRow: true,
    rows,
    table: rows.length > 0 ? { name: "duban_targets", style: TABLE_STYLE } : undefined,
    freeze: { rows: 1, columns: 1 },
    validations: [],
    conditionalFormats: [],
    protect: true,
    print: LANDSCAPE_A4,
  };
}
