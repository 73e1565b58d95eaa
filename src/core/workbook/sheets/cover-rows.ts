/** The two-column label/value layout shared by the master's 说明 and a unit's 说明. */
import type { BuildContext } from "../context";
import { fill } from "../labels";
import { WORKBOOK_SCHEMA_VERSION, type CellValue, type Fill, type SheetSpec } from "../spec";
import { FILLS, column } from "../style";

export interface CoverRows {
  add(label: string, value: CellValue, f?: Fill, numFmt?: string): void;
  heading(label: string): void;
  /** The next row is bold (e.g. the unit's own name). */
  boldNext(): void;
  /** The colour legend, with the thresholds in force. */
  legend(): void;
  /** Schema version and plan id, then the finished sheet. */
  finish(): SheetSpec;
}

export function coverRows(ctx: BuildContext): CoverRows {
  const L = ctx.labels.cover;
  const rows: CellValue[][] = [];
  const overrides: NonNullable<SheetSpec["cellOverrides"]> = [];
  const bold: number[] = [];
  const add = (label: string, value: CellValue, f?: Fill, numFmt?: string): void => {
    if (f) overrides.push({ row: rows.length, column: "label", fill: f });
    if (numFmt) overrides.push({ row: rows.length, column: "value", numFmt });
    rows.push([label, value]);
  };
  const heading = (label: string): void => {
    bold.push(rows.length);
    rows.push([label, null]);
  };
  return {
    add,
    heading,
    boldNext: () => void bold.push(rows.length),
    legend() {
      heading(L.legend);
      const t = { yellow: ctx.thresholds.yellow, red: ctx.thresholds.red };
      add("", fill(L.legendGreen, t), FILLS.green);
      add("", fill(L.legendYellow, t), FILLS.yellow);
      add("", fill(L.legendRed, t), FILLS.red);
      add("", L.legendMissing, FILLS.missing);
      add("", L.legendInput, { bg: "FFFFFFFF" });
    },
    finish(): SheetSpec {
      add(L.version, `${WORKBOOK_SCHEMA_VERSION}`);
      add(L.planId, ctx.plan.meta.planId);
      return {
        code: "cover",
        name: ctx.names.cover,
        state: "visible",
        columns: [column("label", L.label, "text", 16, { wrap: true }), column("value", L.value, "text", 100, { wrap: true, numFmt: "General" })],
        headerRow: false,
        rows,
        cellOverrides: overrides,
        boldRows: bold,
        validations: [],
        conditionalFormats: [],
        protect: true,
        print: { orientation: "portrait", paper: "A4", fitToWidth: true, repeatHeaderRow: false },
        tabColor: "FF1F4E79",
      };
    },
  };
}
