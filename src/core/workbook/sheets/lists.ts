/** The hidden lists sheet: dropdown sources, referenced through defined names (never inline lists). */
import { LIST_COLUMNS } from "../codes";
import type { BuildContext } from "../context";
import { absRange } from "../a1";
import { REVIEW_CODES, ROLE_CODES, STATUS_CODES } from "../codes";
import type { CellValue, DefinedNameSpec, SheetSpec } from "../spec";
import { column } from "../style";

export function listsSheet(ctx: BuildContext): { sheet: SheetSpec; names: DefinedNameSpec[] } {
  const L = ctx.labels;
  const cols = [
    column("status", L.lists.status, "text", 14),
    column("role", L.lists.role, "text", 10),
    column("review", L.lists.review, "text", 14),
  ];
  const status = STATUS_CODES.map((c) => L.status[c]);
  const role = ROLE_CODES.map((c) => L.role[c]);
  const review = REVIEW_CODES.map((c) => L.review[c]);
  const n = Math.max(status.length, role.length, review.length);
  const rows: CellValue[][] = [];
  for (let i = 0; i < n; i++) rows.push([status[i] ?? null, role[i] ?? null, review[i] ?? null]);
  const name = ctx.names.lists;
  const col = (code: (typeof LIST_COLUMNS)[number]): number => LIST_COLUMNS.indexOf(code) + 1;
  return {
    sheet: { code: "lists", name, state: "hidden", columns: cols, headerRow: true, rows, validations: [], conditionalFormats: [], protect: true },
    names: [
      { name: ctx.listNames.status, ref: absRange(name, col("status"), 2, 1 + status.length) },
      { name: ctx.listNames.role, ref: absRange(name, col("role"), 2, 1 + role.length) },
      { name: ctx.listNames.review, ref: absRange(name, col("review"), 2, 1 + review.length) },
    ],
  };
}
