/** A small RFC 4180 CSV reader (quotes, doubled quotes, line breaks inside quotes, CRLF, BOM). */

export interface CsvRow {
  cells: string[];
  /** 1-based line where the row starts. */
  line: number;
}

export function parseCsv(text: string): { rows: CsvRow[]; unclosedQuoteLine: number | null } {
  const s = text.replace(/^\uFEFF/, "");
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let inQuotes = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inQuotes) {
      if (c === '"') {
        if (s[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === "\n") line++;
        cell += c;
      }
      continue;
    }
    if (c === '"') {
      inQuotes = true;
      quoteLine = line;
    } else if (c === ",") {
      cells.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && s[i + 1] === "\n") i++;
      cells.push(cell);
      rows.push({ cells, line: rowLine });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== "" || cells.length > 0) {
    cells.push(cell);
    rows.push({ cells, line: rowLine });
  }
  return { rows: rows.filter((r) => r.cells.some((c) => c.trim() !== "")), unclosedQuoteLine: inQuotes ? quoteLine : null };
}
