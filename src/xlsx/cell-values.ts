/** Spec cell values ↔ ExcelJS cell values. Dates go out as plain serials (time-zone free), text always as text. */
import type ExcelJS from "exceljs";
import { isDate, isFormula, type CellValue } from "../core/workbook/spec";
import { isoToSerial } from "../core/workbook/dates";
import { cellText } from "../core/workbook/text";


/**
 * The ExcelJS value of a spec cell. Strings are passed as strings, which ExcelJS always writes as
 * string cells — never as formulas — whatever they start with (`=`, `+`, `-`, `@`); text columns also
 * carry the `@` number format so that re-typing in Excel keeps them text.
 */
export function toExcelValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "string") return cellText(v); // the core already did this; a spec from elsewhere may not have
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (isDate(v)) return isoToSerial(v.date);
  if (isFormula(v)) return v.result === undefined ? { formula: v.formula } : ({ formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue);
  throw new Error("unknown cell value");
}
