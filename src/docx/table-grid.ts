/**
 * Word tables as text rows: one line per row, cells joined by ` | `, with merged cells laid out on a
 * grid so that columns stay aligned for the plan parser's table rule.
 * - A cell merged down (`rowspan`, e.g. one 牵头领导 for several tasks) repeats its text in every row it
 *   covers, so each task row carries its own leader and units.
 * - A cell merged across (`colspan`) is followed by empty cells for the columns it covers.
 * - A row that is one cell across the whole table (a section heading such as `一、主要预期目标` inside
 *   the table) becomes a plain line, as the same heading would be outside a table.
 */

export interface TableCell {
  readonly text: string;
  readonly colspan: number;
  readonly rowspan: number;
}

/** Text lines for a table given as rows of cells (as mammoth writes them: covered cells omitted). */
export function tableLines(rows: readonly (readonly TableCell[])[]): string[] {
  const grid: string[][] = rows.map(() => []);
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while (taken[r]?.[col]) col++;
      for (let dr = 0; dr < cell.rowspan && r + dr < rows.length; dr++) {
        for (let dc = 0; dc < cell.colspan; dc++) {
          const row = grid[r + dr];
          const mark = taken[r + dr];
          if (!row || !mark) continue;
          row[col + dc] = dc === 0 ? cell.text : "";
          mark[col + dc] = true;
        }
      }
      col += cell.colspan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return grid.map((row, r) => {
    const only = rows[r]?.[0];
    if (rows[r]?.length === 1 && only && only.rowspan === 1 && only.colspan === width && width > 1)
      return only.text;
    return Array.from({ length: width }, (_, c) => row[c] ?? "").join(" | ");
  });
}
