/**
 * mammoth's HTML → the plain text the plan parser reads: one paragraph per line with a blank line
 * between paragraphs (the layout of the seed plan), headings and list items as plain lines, tables as
 * consecutive ` | `-joined row lines (see table-grid.ts) set off by blank lines.
 * A soft line break (Shift+Enter) inside a paragraph becomes a single newline; inside a table cell,
 * like the cell's paragraphs, it joins with nothing so that a row stays one line.
 */
import { tokenizeHtml } from "./html-tokens";
import { tableLines, type TableCell } from "./table-grid";

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd"]);
/** mammoth's footnote/endnote markers: `[1]` in the text and the `↑` back-link after the note. */
const NOTE_LINK = /^#(?:footnote|endnote|comment)(?:-ref)?-/;

interface OpenTable {
  rows: TableCell[][];
  cell: { parts: string[]; colspan: number; rowspan: number } | null;
}

/** Convert mammoth's HTML output to plan text. */
export function htmlToPlanText(html: string): string {
  const blocks: string[] = []; // paragraphs and whole tables, joined by blank lines at the end
  let inline: string[] = [];
  const tables: OpenTable[] = [];
  let skipDepth = 0; // inside a note link, whose text is not part of the plan

  const cellOf = () => tables[tables.length - 1]?.cell ?? null;
  const flush = () => {
    const text = inline.join("");
    inline = [];
    const cell = cellOf();
    if (cell) cell.parts.push(cleanCellText(text));
    else {
      const lines = text
        .split("\n")
        .map(cleanLine)
        .filter((l) => l !== "");
      if (lines.length > 0) blocks.push(lines.join("\n"));
    }
  };

  for (const token of tokenizeHtml(html)) {
    if (token.kind === "text") {
      if (skipDepth === 0) inline.push(token.text);
      continue;
    }
    const { name } = token;
    if (token.kind === "open") {
      if (name === "a" && NOTE_LINK.test(token.attrs["href"] ?? "")) skipDepth += token.selfClosing ? 0 : 1;
      else if (name === "br") inline.push("\n");
      else if (BLOCKS.has(name)) flush();
      else if (name === "table") {
        flush();
        tables.push({ rows: [], cell: null });
      } else if (name === "tr") tables[tables.length - 1]?.rows.push([]);
      else if (name === "td" || name === "th") {
        flush();
        const table = tables[tables.length - 1];
        if (table)
          table.cell = {
            parts: [],
            colspan: span(token.attrs["colspan"]),
            rowspan: span(token.attrs["rowspan"]),
          };
      }
      continue;
    }
    if (name === "a" && skipDepth > 0) skipDepth--;
    else if (BLOCKS.has(name)) flush();
    else if (name === "td" || name === "th") {
      flush();
      const table = tables[tables.length - 1];
      const cell = table?.cell;
      if (table && cell) {
        let row = table.rows.at(-1);
        if (!row) table.rows.push((row = [])); // a cell outside <tr>; mammoth never writes one
        row.push({ text: cell.parts.join(""), colspan: cell.colspan, rowspan: cell.rowspan });
        table.cell = null;
      }
    } else if (name === "table") {
      flush();
      const table = tables.pop();
      if (!table) continue;
      const lines = tableLines(table.rows).filter((l) => l.replace(/[\s|]/g, "") !== "");
      const outer = cellOf();
      // A table inside a table cell is rare in plans; its rows run into the outer cell.
      if (outer) outer.parts.push(lines.join(" "));
      else if (lines.length > 0) blocks.push(lines.join("\n"));
    }
  }
  flush();
  return blocks.join("\n\n");
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1;
}

/** Word indents with full-width spaces and separates list numbers with tabs: neither is content. */
function cleanLine(text: string): string {
  return text.replace(/\t+/g, " ").trim();
}

/** A cell's text must stay on its row's line; a literal `|` would read as a column break. */
function cleanCellText(text: string): string {
  return text.replace(/\n/g, "").replace(/\t+/g, " ").replace(/\|/g, "｜").trim();
}
