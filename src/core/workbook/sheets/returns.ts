/** 回收记录 (master only, and only once something was returned): what the collection command recorded. */
import { RETURN_COLUMNS } from "../codes";
import type { BuildContext } from "../context";
import type { SheetSpec } from "../spec";
import { TABLE_STYLE, column } from "../style";

export function returnsSheet(ctx: BuildContext): SheetSpec {
  const L = ctx.labels.returns;
  return {
    code: "returns",
    name: ctx.names.returns,
    state: "visible",
    columns: RETURN_COLUMNS.map((c) => column(c, L[c], "text", c === "unit" ? 24 : 12)),
    headerRow: true,
    rows: ctx.returns.map((r) => [r.unit, r.period]),
    table: { name: "duban_returns", style: TABLE_STYLE },
    freeze: { rows: 1, columns: 1 },
    validations: [],
    conditionalFormats: [],
    protect: true,
  };
}
