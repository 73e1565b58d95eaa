/** The .xlsx writer: writes a WorkbookSpec with ExcelJS. It decides nothing the spec does not say. */
import ExcelJS from "exceljs";
import { serialToIso } from "../core/workbook/dates";
import type { ColumnSpec, ConditionalFormatSpec, Fill, SheetSpec, ValidationSpec, WorkbookSpec } from "../core/workbook/spec";
import { toExcelValue } from "./cell-values";
import { protectStructure } from "./post-process";

/** Write the spec to .xlsx bytes. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "duban";
  wb.title = spec.title;
  // Formulas carry the core's results; still let Excel recompute everything when the file opens.
  wb.calcProperties.fullCalcOnLoad = true;
  for (const s of spec.sheets) await writeSheet(wb, s, spec.protection.password);
  for (const d of spec.definedNames) wb.definedNames.add(d.ref, d.name);
  const firstVisible = spec.sheets.findIndex((s) => s.state === "visible");
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, firstVisible), visibility: "visible" }];
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  return spec.protection.structure ? protectStructure(raw, spec.protection.password) : raw;
}

function argb(c: string): { argb: string } {
  return { argb: c };
}
function fillStyle(f: Fill): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: argb(f.bg) };
}

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: argb("FFBFBFBF") },
  left: { style: "thin", color: argb("FFBFBFBF") },
  bottom: { style: "thin", color: argb("FFBFBFBF") },
  right: { style: "thin", color: argb("FFBFBFBF") },
};

/** One style object per column (shared by its cells: ExcelJS dedups styles, so sharing is cheap). */
function columnStyle(c: ColumnSpec, input: boolean): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    alignment: { vertical: "top", wrapText: c.wrap === true },
    protection: { locked: !input },
    border: BORDER,
  };
  if (c.numFmt !== undefined) style.numFmt = c.numFmt;
  if (input) style.fill = fillStyle({ bg: "FFFFFFFF" });
  return style;
}

async function writeSheet(wb: ExcelJS.Workbook, s: SheetSpec, password: string | null): Promise<void> {
  const ws = wb.addWorksheet(s.name, {
    state: s.state,
    properties: s.tabColor ? { tabColor: argb(s.tabColor) } : {},
    views: s.freeze && (s.freeze.rows > 0 || s.freeze.columns > 0) ? [{ state: "frozen", xSplit: s.freeze.columns, ySplit: s.freeze.rows }] : [],
  });
  ws.columns = s.columns.map((c) => ({ key: c.code, width: c.width, hidden: c.hidden === true }));
  const first = s.headerRow ? 2 : 1;
  const values = s.rows.map((r) => r.map(toExcelValue));

  if (s.table && s.headerRow && s.rows.length > 0) {
    ws.addTable({
      name: s.table.name,
      displayName: s.table.name,
      ref: "A1",
      headerRow: true,
      style: { theme: s.table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: s.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: values,
    });
  } else {
    if (s.headerRow) ws.addRow(s.columns.map((c) => c.header));
    for (const r of values) ws.addRow(r);
  }

  if (s.headerRow) {
    const h = ws.getRow(1);
    const headerStyle: Partial<ExcelJS.Style> = {
      font: { bold: true, color: argb("FFFFFFFF") },
      fill: fillStyle({ bg: "FF1F4E79" }),
      alignment: { vertical: "middle", horizontal: "center", wrapText: true },
      border: BORDER,
      protection: { locked: true },
    };
    for (let c = 1; c <= s.columns.length; c++) h.getCell(c).style = headerStyle;
    h.height = 30;
  }

  const styles = s.columns.map((c) => columnStyle(c, c.input !== undefined));
  for (let i = 0; i < s.rows.length; i++) {
    const row = ws.getRow(first + i);
    const height = s.rowHeights?.[i];
    if (height) row.height = height;
    for (let c = 0; c < styles.length; c++) {
      const st = styles[c];
      if (st) row.getCell(c + 1).style = st;
    }
  }
  const colIndex = new Map(s.columns.map((c, i) => [c.code, i + 1]));
  for (const i of s.boldRows ?? []) {
    const row = ws.getRow(first + i);
    for (let c = 1; c <= s.columns.length; c++) {
      const cell = row.getCell(c);
      cell.style = { ...cell.style, font: { bold: true } };
    }
  }
  for (const o of s.cellOverrides ?? []) {
    const col = colIndex.get(o.column);
    if (col === undefined) throw new Error(`override of unknown column ${o.column} on ${s.code}`);
    const cell = ws.getRow(first + o.row).getCell(col);
    const st: Partial<ExcelJS.Style> = { ...cell.style };
    if (o.input !== undefined) st.protection = { locked: !o.input };
    if (o.fill) {
      st.fill = fillStyle(o.fill);
      if (o.fill.font || o.fill.bold) st.font = { ...(o.fill.font ? { color: argb(o.fill.font) } : {}), bold: o.fill.bold === true };
    }
    if (o.numFmt) st.numFmt = o.numFmt;
    cell.style = st;
  }
  for (const m of s.merges ?? []) ws.mergeCells(m);
  // `dataValidations.add(range, …)` writes one entry per range (cell-by-cell writes overlapping duplicates);
  // ExcelJS's typings omit it.
  const dv = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of s.validations) dv.add(v.range, toValidation(v));
  for (const cf of s.conditionalFormats) ws.addConditionalFormatting(toConditionalFormat(cf));
  if (s.print) {
    ws.pageSetup = {
      paperSize: 9, // A4
      orientation: s.print.orientation,
      fitToPage: s.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(s.print.repeatHeaderRow && s.headerRow ? { printTitlesRow: "1:1" } : {}),
    };
  }
  if (s.protect) {
    await ws.protect(password ?? "", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: false,
      insertRows: false,
      deleteRows: false,
      insertColumns: false,
      deleteColumns: false,
    });
  }
}

function toValidation(v: ValidationSpec): ExcelJS.DataValidation {
  // ExcelJS turns date bounds into serials through `new Date(x)`: give it UTC midnights.
  const formulae = v.type === "date" ? v.formulae.map((f) => (typeof f === "number" ? new Date(`${serialToIso(f)}T00:00:00Z`) : f)) : v.formulae;
  return {
    type: v.type,
    ...(v.operator ? { operator: v.operator } : {}),
    formulae,
    allowBlank: v.allowBlank,
    showInputMessage: true,
    showErrorMessage: true,
    errorStyle: "stop",
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    errorTitle: v.errorTitle,
    error: v.error,
  };
}

function toConditionalFormat(cf: ConditionalFormatSpec): ExcelJS.ConditionalFormattingOptions {
  return {
    ref: cf.range,
    rules: cf.rules.map((r) => ({
      type: "expression",
      formulae: [r.formula],
      priority: r.priority,
      ...(r.stopIfTrue ? { stopIfTrue: true } : {}),
      // Differential formats take the fill colour in bgColor (an Excel quirk ExcelJS follows).
      style: { fill: { type: "pattern", pattern: "solid", bgColor: argb(r.fill.bg) }, ...(r.fill.font ? { font: { color: argb(r.fill.font) } } : {}) },
    })),
  };
}
