/** Parse problems are data: a union keyed on `code`; text comes from the catalogue in messages.ts. */
import type { Diagnostic } from "./schema";
import { DEFAULT_LANG, type Lang } from "../i18n/lang";
import { PLAN_MESSAGES } from "./messages";

export const DIAGNOSTIC_CODES = {
  "no-tasks": "error",
  "task-number-missing": "error",
  "task-number-duplicate": "error",
  "task-no-lead-unit": "error",
  "attribution-unclosed": "error",
  "label-unknown": "error",
  "task-truncated": "error",
  "unit-merge-guessed": "warning",
  "ocr-suspect-text": "warning",
  "task-no-leader": "info",
  "unit-second-name": "info",
  "unit-variant-folded": "info",
  "standing-rule": "info",
  "first-listed-lead": "info",
  "line-joined": "info",
} as const;
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
export type DiagnosticParams = Record<string, string | number>;

/** A diagnostic before it is rendered in a language. */
export interface RawDiagnostic {
  code: DiagnosticCode;
  line: number | null;
  params: DiagnosticParams;
}

export function renderDiagnostic(d: RawDiagnostic, lang: Lang = DEFAULT_LANG): Diagnostic {
  const message = PLAN_MESSAGES[lang][d.code](d.params);
  const where = d.line === null ? "" : lang === "zh-CN" ? `第${d.line}行：` : `line ${d.line}: `;
  return { code: d.code, severity: DIAGNOSTIC_CODES[d.code], line: d.line, message: where + message, params: d.params };
}
