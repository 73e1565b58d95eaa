/**
 * Row heights for wrapped text. Neither LibreOffice (7.x skips optimal row height on .xlsx import)
 * nor every Excel/WPS build grows a generated row to fit wrapped text, so rows overlap unless the
 * file says how tall they are. We estimate from the text: CJK and full-width characters are about
 * two "0" widths wide at the default 11-point font, other characters one.
 */

import type { SheetSpec } from "./spec";

/** Points per line of the default 11-point font, and the most Excel allows for a row. */
export const LINE_HEIGHT_PT = 14.5;
export const MAX_ROW_HEIGHT_PT = 409;

/** Display width of text in units of the digit "0" (Excel's column-width unit). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    // CJK ideographs, kana, Hangul, full-width forms and CJK punctuation are double width.
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000
      ? 2
      : 1;
  }
  return w;
}

/** Lines a cell of `width` characters needs for `text` when wrapped. */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split("\n").reduce((n, para) => n + Math.max(1, Math.ceil(displayWidth(para) / usable)), 0);
}

/** Height in points for a row of cells, or null when one line is enough (the default height). */
export function rowHeight(cells: readonly { text: string; width: number; wrap: boolean }[]): number | null {
  let lines = 1;
  for (const c of cells) if (c.wrap && c.text) lines = Math.max(lines, wrappedLines(c.text, c.width));
  if (lines <= 1) return null;
  return Math.min(MAX_ROW_HEIGHT_PT, Math.ceil(lines * LINE_HEIGHT_PT + 3));
}

/** Fill `sheet.rowHeights` from its rows' text and its columns' widths; no heights when none is needed. */
export function setRowHeights(sheet: SheetSpec): void {
  if (!sheet.columns.some((c) => c.wrap)) return;
  const heights = sheet.rows.map((r) =>
    rowHeight(r.map((v, i) => ({ text: typeof v === "string" ? v : "", width: sheet.columns[i]?.width ?? 10, wrap: sheet.columns[i]?.wrap === true }))),
  );
  if (heights.some((h) => h !== null)) sheet.rowHeights = heights;
}
