/** 分发记录 (master only): one row per exported 进度 row — the office's proof of what each unit was sent. */
import { EXPORT_COLUMNS, type ExportColumn } from "../codes";
import type { BuildContext } from "../context";
import type { CellValue, SheetSpec } from "../spec";
import { LANDSCAPE_A4, TABLE_STYLE, column } from "../style";
import { unitInputCells } from "./progress";

const WIDTHS: Partial<Record<ExportColumn, number>> = { exportId: 30, unit: 20, file: 36, key: 24, hash: 16, time: 22, progress: 30, problems: 20, nextSteps: 20 };

export function exportsSheet(ctx: BuildContext): SheetSpec {
  const L = ctx.labels.exports;
  const kind = (c: ExportColumn) => (c === "percent" ? "integer" : c === "actual" ? "number" : c === "reportDate" ? "date" : "text");
  // No input columns: the record is the office's evidence; units never see this sheet.
  const columns = EXPORT_COLUMNS.map((c) => column(c, L[c], kind(c), WIDTHS[c] ?? 12, c === "percent" ? { numFmt: "General" } : {}));
  const rows: CellValue[][] = ctx.exports.map((e) => {
    const v = e.values;
    return [
      e.exportId,
      e.unit,
      e.fileName,
      e.period,
      e.key,
      e.hash,
      e.time,
      ...unitInputCells(ctx, v),
    ];
  });
  return {
    code: "exports",
    name: ctx.names.exports,
    state: "visible",
    columns,
    headerRow: true,
    rows,
    table: { name: "duban_exports", style: TABLE_STYLE },
    freeze: { rows: 1, columns: 2 },
    validations: [],
    conditionalFormats: [],
    protect: true,
    print: LANDSCAPE_A4,
    tabColor: "FF7F7F7F",
  };
}
