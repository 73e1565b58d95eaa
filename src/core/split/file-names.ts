/** `{单位}-{期次}-重点工作进展.xlsx`, safe on Windows and unique (case-insensitively) within one split. */
import { safeFileName, uniqueFileNames } from "../files/safe-file-name";

/** One file name per unit, in the order given; `suffix` is `重点工作进展` (or its translation). */
export function unitFileNames(units: readonly string[], periodLabel: string, suffix: string): string[] {
  return uniqueFileNames(units.map((u) => safeFileName(`${u}-${periodLabel}-${suffix}.xlsx`)));
}

/** The draft's file name: the workbook's name with `.eml`. */
export function draftFileName(xlsxName: string): string {
  return xlsxName.replace(/\.xlsx$/i, "") + ".eml";
}
