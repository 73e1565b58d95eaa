/** 分工: the normalised assignments, one row per (task, unit, role). */
import type { BuildContext } from "../context";
import type { CellValue, SheetSpec } from "../spec";
import { LANDSCAPE_A4, TABLE_STYLE, column } from "../style";

export function assignmentsSheet(ctx: BuildContext): SheetSpec {
  const L = ctx.labels.assignments;
  const noById = new Map(ctx.ledger.tasks.map((t) => [t.id, t.no]));
  const rows: CellValue[][] = ctx.ledger.assignments.map((a) => [a.key, noById.get(a.taskId) ?? a.taskId, a.unit, ctx.labels.role[a.role], a.group]);
  return {
    code: "assignments",
    name: ctx.names.assignments,
    state: "visible",
    columns: [
      column("key", L.key, "text", 24, { hidden: true }),
      column("no", L.no, "integer", 6, { numFmt: "General" }),
      column("unit", L.unit, "text", 28, { wrap: true }),
      column("role", L.role, "text", 8),
      column("group", L.group, "text", 28, { wrap: true }),
    ],
    headerRow: true,
    rows,
    table: { name: "duban_assignments", style: TABLE_STYLE },
    freeze: { rows: 1, columns: 2 },
    validations: [],
    conditionalFormats: [],
    protect: true,
    print: LANDSCAPE_A4,
  };
}
