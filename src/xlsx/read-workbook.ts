/**
 * The .xlsx reader: a workbook's values as plain rows, and 进度 rows keyed by the column codes kept in
 * `_meta` (so an English workbook reads the same). It only reads: a master is never re-saved through
 * ExcelJS — commands rebuild it from the core model instead.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../core/workbook/spec";
import { serialToIso } from "../core/workbook/dates";
import { InputFileError } from "../cli/errors";

export interface ReadSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Every row from row 1, each as long as the sheet's widest row; empty cells are null. */
  rows: CellValue[][];
}

const MS_PER_DAY = 86_400_000;

/** ExcelJS returns dates as UTC instants; turn them back into the calendar day, whatever the local zone. */
function fromDate(d: Date): CellValue {
  return { date: serialToIso(d.getTime() / MS_PER_DAY + 25569) };
}

/** A plain value from an ExcelJS cell value. */
export function fromExcelValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return fromDate(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const f = ("formula" in v ? v.formula : (v as ExcelJS.CellSharedFormulaValue).sharedFormula) ?? "";
      const r: unknown = (v as ExcelJS.CellFormulaValue).result;
      let result: number | string | undefined;
      if (typeof r === "number" || typeof r === "string") result = r;
      else if (typeof r === "boolean") result = r ? 1 : 0;
      else if (typeof r === "object" && r !== null && "error" in r) result = String((r as { error: string }).error);
      return result === undefined ? { formula: f } : { formula: f, result };
    }
    if ("error" in v) return (v as ExcelJS.CellErrorValue).error;
    if ("text" in v && "hyperlink" in v) {
      const t = (v as ExcelJS.CellHyperlinkValue).text;
      return typeof t === "string" ? t : null;
    }
  }
  return null;
}

/** Load a workbook's values; throws InputFileError when the bytes are not a workbook. */
export async function readWorkbookValues(data: Buffer | Uint8Array, file = "(buffer)"): Promise<ReadSheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    // ExcelJS/JSZip's own words follow, in English, for whoever debugs it; the office reads the first part.
    throw new InputFileError(`${file} 不是有效的 Excel 工作簿（.xlsx），可能已损坏或是其他格式：${(e as Error).message}`, file);
  }
  const out: ReadSheet[] = [];
  wb.eachSheet((ws) => {
    const width = ws.actualColumnCount > 0 ? ws.columnCount : 0;
    const rows: CellValue[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const vals: CellValue[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // `cell.value` drops falsy formula results (a recomputed 0); `cell.result` keeps them.
        if (cell.type === ExcelJS.ValueType.Formula) {
          const r: unknown = cell.result;
          const result = typeof r === "number" || typeof r === "string" ? r : undefined;
          vals.push(result === undefined ? { formula: cell.formula } : { formula: cell.formula, result });
        } else vals.push(fromExcelValue(cell.value));
      }
      rows.push(vals);
    }
    out.push({ name: ws.name, state: ws.state as ReadSheet["state"], rows });
  });
  return out;
}

export interface WorkbookMeta {
  values: Map<string, string | number | null>;
  /** Sheet code → sheet name. */
  sheets: Map<string, string>;
  /** Sheet code → column codes in column order. */
  columns: Map<string, string[]>;
  /** `status` / `role` / `review` → label → code. */
  labels: Map<string, Map<string, string>>;
  /** `tasks` / `progress` → row key → content hash. */
  rowHashes: Map<string, Map<string, string>>;
}

const text = (v: CellValue | undefined): string | null => (v === null || v === undefined ? null : typeof v === "object" ? null : String(v));

/** The `_meta` records of a duban workbook, or null when it has none. */
export function readMeta(sheets: readonly ReadSheet[]): WorkbookMeta | null {
  const meta = sheets.find((s) => s.name === "_meta");
  if (!meta) return null;
  const m: WorkbookMeta = { values: new Map(), sheets: new Map(), columns: new Map(), labels: new Map(), rowHashes: new Map() };
  for (const r of meta.rows.slice(1)) {
    const [kind, a, b, c] = [text(r[0]), text(r[1]), r[2] ?? null, text(r[3])];
    if (kind === null || a === null) continue;
    if (kind === "meta") m.values.set(a, typeof b === "number" ? b : text(b ?? null));
    else if (kind === "sheet") m.sheets.set(a, text(b) ?? "");
    else if (kind === "column" && c !== null) {
      const cols = m.columns.get(a) ?? [];
      cols[Number(b) - 1] = c;
      m.columns.set(a, cols);
    } else if (kind === "label" && c !== null) {
      const l = m.labels.get(a) ?? new Map<string, string>();
      l.set(c, text(b) ?? "");
      m.labels.set(a, l);
    } else if (kind === "row" && c !== null) {
      const h = m.rowHashes.get(a) ?? new Map<string, string>();
      h.set(text(b) ?? "", c);
      m.rowHashes.set(a, h);
    }
  }
  return m;
}

/** Data rows of a sheet (by code) as records keyed by column code. */
export function readCodedRows(sheets: readonly ReadSheet[], meta: WorkbookMeta, code: string): Record<string, CellValue>[] {
  const name = meta.sheets.get(code);
  const cols = meta.columns.get(code);
  const sheet = sheets.find((s) => s.name === name);
  if (!name || !cols || !sheet) return [];
  return sheet.rows
    .slice(1)
    .filter((r) => r.some((v) => v !== null && v !== ""))
    .map((r) => Object.fromEntries(cols.map((c, i) => [c, r[i] ?? null])));
}
