/** 领导: one row per lead leader, with live status counts over 任务. */
import type { BuildContext } from "../context";
import { fill } from "../labels";
import type { CellValue, SheetSpec } from "../spec";
import { LANDSCAPE_A4, TABLE_STYLE, column } from "../style";
import { leaderCountFormula } from "./summary-formulas";

export function leadersSheet(ctx: BuildContext): SheetSpec {
  const L = ctx.labels.leaders;
  const V = ctx.labels.validation;
  const columns = [
    column("name", L.name, "text", 12),
    column("title", L.title, "text", 16, { input: "office" }),
    column("taskCount", L.taskCount, "integer", 8),
    column("taskNos", L.taskNos, "text", 40, { wrap: true }),
    column("notStarted", L.notStarted, "formula", 9),
    column("onTrack", L.onTrack, "formula", 9),
    column("lagging", L.lagging, "formula", 9),
    column("done", L.done, "formula", 9),
  ];
  const noById = new Map(ctx.ledger.tasks.map((t) => [t.id, t.no]));
  const rows: CellValue[][] = ctx.ledger.leaders.map((l, i) => {
    const s = ctx.summary.leaders[i];
    const nameCell = `$A${i + 2}`;
    return [
      l.name,
      null,
      l.taskIds.length,
      l.taskIds.map((id) => String(noById.get(id) ?? id)).join("、"),
      { formula: leaderCountFormula(ctx, nameCell, "not-started"), result: s?.notStarted ?? 0 },
      { formula: leaderCountFormula(ctx, nameCell, "on-track"), result: s?.onTrack ?? 0 },
      { formula: leaderCountFormula(ctx, nameCell, "lagging"), result: s?.lagging ?? 0 },
      { formula: leaderCountFormula(ctx, nameCell, "done"), result: s?.done ?? 0 },
    ];
  });
  const n = rows.length;
  return {
    code: "leaders",
    name: ctx.names.leaders,
    state: "visible",
    columns,
    headerRow: true,
    rows,
    table: { name: "duban_leaders", style: TABLE_STYLE },
    freeze: { rows: 1, columns: 1 },
    validations:
      n > 0
        ? [{ range: `B2:B${n + 1}`, type: "textLength", operator: "lessThanOrEqual", formulae: [50], allowBlank: true, promptTitle: V.leaderTitle, prompt: V.leader, errorTitle: V.leaderTitle, error: fill(V.textError, { max: 50 }) }]
        : [],
    conditionalFormats: [],
    protect: true,
    print: LANDSCAPE_A4,
  };
}
