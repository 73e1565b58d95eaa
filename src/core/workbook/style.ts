/** Colours and number formats shared by the sheet builders (ARGB). */
import type { ColumnKind, ColumnSpec, Fill } from "./spec";

export const FILLS = {
  header: { bg: "FF1F4E79", font: "FFFFFFFF", bold: true },
  heading: { bg: "FFDDEBF7", bold: true },
  input: { bg: "FFFFFFFF" },
  locked: { bg: "FFF2F2F2" },
  green: { bg: "FFC6EFCE", font: "FF006100" },
  yellow: { bg: "FFFFEB9C", font: "FF9C5700" },
  red: { bg: "FFFFC7CE", font: "FF9C0006" },
  blue: { bg: "FFDDEBF7", font: "FF1F4E79" },
  grey: { bg: "FFE7E6E6", font: "FF595959" },
  missing: { bg: "FFF8CBAD", font: "FF833C0B" },
} satisfies Record<string, Fill>;

export const NUMFMT: Record<ColumnKind, string | undefined> = {
  text: "@",
  integer: "0",
  number: "General",
  percent: "0.0%",
  date: "yyyy-mm-dd",
  formula: undefined,
};

/** A column with the default number format of its kind. */
export function column(code: string, header: string, kind: ColumnKind, width: number, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  const numFmt = NUMFMT[kind];
  return { code, header, kind, width, ...(numFmt !== undefined ? { numFmt } : {}), ...extra };
}

export const TABLE_STYLE = "TableStyleMedium2";
export const LANDSCAPE_A4 = { orientation: "landscape", paper: "A4", fitToWidth: true, repeatHeaderRow: true } as const;
