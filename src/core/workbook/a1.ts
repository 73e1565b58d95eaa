/** A1 addressing helpers shared by the sheet builders (1-based columns and rows). */

/** 1 → A, 27 → AA. */
export function columnLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A quoted sheet reference, safe for any sheet name: `'进度'!`. */
export function sheetRef(name: string): string {
  return `'${name.replace(/'/g, "''")}'!`;
}

/** Absolute column range on another sheet, e.g. `'进度'!$D$2:$D$318`. */
export function absRange(sheet: string, col: number, firstRow: number, lastRow: number): string {
  const c = columnLetter(col);
  return `${sheetRef(sheet)}$${c}$${firstRow}:$${c}$${lastRow}`;
}

/** A formula string literal: `"a""b"`. */
export function quoteText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A COUNTIFS criterion that matches exactly `s`, never read as an operator (`<`, `=`) or wildcard. */
export function exactCriterion(s: string): string {
  return quoteText("=" + escapeWildcards(s));
}

/** Escape `*`, `?` and `~` for COUNTIFS criteria. */
export function escapeWildcards(s: string): string {
  return s.replace(/[~*?]/g, (c) => "~" + c);
}
