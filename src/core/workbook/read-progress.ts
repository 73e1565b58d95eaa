/**
 * Reported values back from a workbook: 进度 rows keyed by column code (as the hosts' readers return
 * them) → ProgressValues by row key, checked with zod. Bad cells are problems (data), not exceptions;
 * the cell is then left empty. Used to rebuild a master anew instead of re-saving it.
 */
import * as z from "zod";
import type { Catalogue } from "../i18n/lang";
import { REVIEW_CODES, STATUS_CODES, type ReviewCode, type StatusCode } from "./codes";
import { EMPTY_PROGRESS, type ProgressValues } from "./progress";
import { isDate, isFormula, type CellValue } from "./spec";

export type ReadProblem =
  | { code: "row-without-key"; row: number }
  | { code: "status-unknown"; row: number; value: string }
  | { code: "review-unknown"; row: number; value: string }
  | { code: "percent-invalid"; row: number; value: string }
  | { code: "number-invalid"; row: number; column: string; value: string }
  | { code: "date-invalid"; row: number; value: string };
export type ReadProblemCode = ReadProblem["code"];

type P = Record<string, string | number>;
export const READ_MESSAGES: Catalogue<ReadProblemCode, P> = {
  "zh-CN": {
    "row-without-key": (p) => `进度第${p.row}行没有行键，已跳过`,
    "status-unknown": (p) => `进度第${p.row}行：完成状态“${p.value}”不在下拉列表中`,
    "review-unknown": (p) => `进度第${p.row}行：审核意见“${p.value}”不在下拉列表中`,
    "percent-invalid": (p) => `进度第${p.row}行：完成进度“${p.value}”不是0—100的整数`,
    "number-invalid": (p) => `进度第${p.row}行：${p.column}“${p.value}”不是数字`,
    "date-invalid": (p) => `进度第${p.row}行：填报日期“${p.value}”不是日期`,
  },
  en: {
    "row-without-key": (p) => `Progress row ${p.row} has no row key; skipped`,
    "status-unknown": (p) => `Progress row ${p.row}: status "${p.value}" is not in the list`,
    "review-unknown": (p) => `Progress row ${p.row}: review "${p.value}" is not in the list`,
    "percent-invalid": (p) => `Progress row ${p.row}: progress "${p.value}" is not a whole number 0–100`,
    "number-invalid": (p) => `Progress row ${p.row}: ${p.column} "${p.value}" is not a number`,
    "date-invalid": (p) => `Progress row ${p.row}: report date "${p.value}" is not a date`,
  },
};

const Cell: z.ZodType<CellValue> = z.union([
  z.null(),
  z.string(),
  z.number(),
  z.boolean(),
  z.object({ date: z.string() }),
  z.object({ formula: z.string(), result: z.union([z.number(), z.string()]).optional() }),
]);
const Row = z.record(z.string(), Cell);

function asText(v: CellValue): string | null {
  if (v === null) return null;
  if (isFormula(v)) return v.result === undefined ? null : String(v.result);
  if (isDate(v)) return v.date;
  const s = String(v).trim();
  return s === "" ? null : s;
}

/** Labels (of the workbook's language, from `_meta`) → codes. */
export interface LabelMaps {
  status: ReadonlyMap<string, string>;
  review: ReadonlyMap<string, string>;
}

/** Progress values of coded 进度 rows (`rows[i]` is sheet row i+2). */
export function progressFromRows(rows: readonly unknown[], labels: LabelMaps): { progress: Map<string, ProgressValues>; problems: ReadProblem[] } {
  const progress = new Map<string, ProgressValues>();
  const problems: ReadProblem[] = [];
  rows.forEach((raw, i) => {
    const row = i + 2;
    const parsed = Row.safeParse(raw);
    const r = parsed.success ? parsed.data : {};
    const key = asText(r.key ?? null);
    if (key === null) {
      problems.push({ code: "row-without-key", row });
      return;
    }
    const v: ProgressValues = { ...EMPTY_PROGRESS };
    const status = asText(r.status ?? null);
    if (status !== null) {
      const code = labels.status.get(status) ?? (STATUS_CODES as readonly string[]).find((c) => c === status);
      if (code) v.status = code as StatusCode;
      else problems.push({ code: "status-unknown", row, value: status });
    }
    const review = asText(r.review ?? null);
    if (review !== null) {
      const code = labels.review.get(review) ?? (REVIEW_CODES as readonly string[]).find((c) => c === review);
      if (code) v.review = code as ReviewCode;
      else problems.push({ code: "review-unknown", row, value: review });
    }
    const pct = r.percent ?? null;
    if (asText(pct) !== null) {
      const n = typeof pct === "number" ? pct : Number(asText(pct));
      if (Number.isInteger(n) && n >= 0 && n <= 100) v.percent = n;
      else problems.push({ code: "percent-invalid", row, value: asText(pct) ?? "" });
    }
    const actual = r.actual ?? null;
    if (asText(actual) !== null) {
      const n = typeof actual === "number" ? actual : Number(asText(actual)?.replace(/,/g, ""));
      if (Number.isFinite(n)) v.actual = n;
      else problems.push({ code: "number-invalid", row, column: "actual", value: asText(actual) ?? "" });
    }
    const date = r.reportDate ?? null;
    if (date !== null && isDate(date)) v.reportDate = date.date;
    else if (asText(date) !== null) {
      const s = asText(date) ?? "";
      if (/^\d{4}-\d{2}-\d{2}$/.test(s)) v.reportDate = s;
      else problems.push({ code: "date-invalid", row, value: s });
    }
    for (const f of ["progress", "problems", "nextSteps", "evidence", "reporter", "phone"] as const) v[f] = asText(r[f] ?? null);
    progress.set(key, v);
  });
  return { progress, problems };
}
