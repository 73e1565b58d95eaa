/**
 * WorkbookSpec: the host-neutral, plain-data description of the tracking workbook (台账).
 * The .xlsx writer (src/xlsx) and the Office.js writer only write this out; nothing here knows a host.
 * Cell addresses are A1 strings so every host can use them as they are.
 */
import type { Lang } from "../i18n/lang";

/** A formula cell: text without the leading `=`; `result` is what the core expects it to compute (may be absent). */
export interface FormulaValue {
  formula: string;
  result?: number | string;
}
/** A date cell: the calendar day, written as a time-zone-free serial by the writers. */
export interface DateValue {
  date: string; // YYYY-MM-DD
}
/** Plain cell values. Text is always written as text, never as a formula, whatever it starts with. */
export type CellValue = null | string | number | boolean | DateValue | FormulaValue;

export function isFormula(v: CellValue): v is FormulaValue {
  return typeof v === "object" && v !== null && "formula" in v;
}
export function isDate(v: CellValue): v is DateValue {
  return typeof v === "object" && v !== null && "date" in v;
}

/** Stable codes of every sheet; names differ per language, codes never do. */
export const SHEET_CODES = ["cover", "tasks", "leaders", "units", "assignments", "progress", "targets", "summary", "exports", "returns", "lists", "meta"] as const;
export type SheetCode = (typeof SHEET_CODES)[number];

export type ColumnKind = "text" | "integer" | "number" | "percent" | "date" | "formula";

export interface ColumnSpec {
  /** Stable code, kept in `_meta`, by which readers find the column whatever its header. */
  code: string;
  header: string;
  kind: ColumnKind;
  /** Width in characters. */
  width: number;
  wrap?: boolean;
  hidden?: boolean;
  /** Number format; text columns get `@` so typed input stays text (phone numbers, IDs, leading `=`). */
  numFmt?: string;
  /** Cells units or the office fill in: unlocked under protection. */
  input?: "unit" | "office";
}

export interface Fill {
  /** ARGB, e.g. `FFC6EFCE`. */
  bg: string;
  font?: string;
  bold?: boolean;
}

export interface ValidationSpec {
  /** A1 range, e.g. `G2:G318`; one entry per range, never per cell. */
  range: string;
  type: "list" | "whole" | "decimal" | "date" | "textLength" | "custom";
  operator?: "between" | "lessThanOrEqual" | "greaterThanOrEqual";
  /** Formulas without `=`: a defined name or range for lists, bounds for numbers/dates (dates as serials). */
  formulae: (string | number)[];
  allowBlank: boolean;
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export interface ConditionalFormatSpec {
  range: string;
  /** Expression rules only: LibreOffice ignores `containsText`. Formula is relative to the range's top-left cell. */
  rules: { formula: string; fill: Fill; priority: number; stopIfTrue?: boolean }[];
}

export interface TableSpec {
  /** ASCII name (Excel table names must be identifiers). */
  name: string;
  style: string;
}

export interface PrintSpec {
  orientation: "landscape" | "portrait";
  paper: "A4";
  fitToWidth: boolean;
  /** Repeat the header row on every page. */
  repeatHeaderRow: boolean;
}

export interface SheetSpec {
  code: SheetCode;
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  columns: ColumnSpec[];
  /** Whether row 1 holds the column headers. The cover sheet has none. */
  headerRow: boolean;
  /** Data rows (after the header row), one value per column. */
  rows: CellValue[][];
  /** Extra per-cell formatting: locked/unlocked exceptions and fills, by 0-based data row and column code. */
  cellOverrides?: { row: number; column: string; input?: boolean; fill?: Fill; numFmt?: string }[];
  /** Row indexes (0-based, data rows) shown bold, e.g. section headings and totals. */
  boldRows?: number[];
  /** Heights in points of data rows whose wrapped text needs more than one line (null: default height). */
  rowHeights?: (number | null)[];
  merges?: string[];
  table?: TableSpec;
  freeze?: { rows: number; columns: number };
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  protect: boolean;
  print?: PrintSpec;
  /** Tab colour ARGB. */
  tabColor?: string;
}

export interface DefinedNameSpec {
  name: string;
  /** Absolute reference with a quoted sheet name, e.g. `'列表'!$A$2:$A$5`. */
  ref: string;
}

export interface WorkbookSpec {
  lang: Lang;
  title: string;
  sheets: SheetSpec[];
  definedNames: DefinedNameSpec[];
  /** Sheets and structure are protected; a password only when the user asks for one. */
  protection: { structure: boolean; password: string | null };
}

/**
 * Bump when the sheet layout or column codes change; kept in `_meta`. 2: the plan in `_meta`, 分发记录,
 * per-unit workbooks (`kind`, `unit`, `exportId`).
 */
export const WORKBOOK_SCHEMA_VERSION = 2;
