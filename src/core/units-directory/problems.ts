/** Problems found in a units CSV: data, keyed on `code`; text lives in the catalogue below. */
import type { Catalogue } from "../i18n/lang";

export type DirectoryProblem =
  | { code: "csv-no-name-column"; line: number }
  | { code: "csv-duplicate-unit"; line: number; name: string }
  | { code: "csv-unknown-unit"; line: number; name: string }
  | { code: "csv-bad-email"; line: number; name: string; email: string }
  | { code: "csv-unclosed-quote"; line: number };

export type DirectoryProblemCode = DirectoryProblem["code"];
export const DIRECTORY_PROBLEM_SEVERITY: Record<DirectoryProblemCode, "error" | "warning"> = {
  "csv-no-name-column": "error",
  "csv-duplicate-unit": "warning",
  "csv-unknown-unit": "warning",
  "csv-bad-email": "warning",
  "csv-unclosed-quote": "error",
};

type P = Record<string, string | number>;
export const DIRECTORY_MESSAGES: Catalogue<DirectoryProblemCode, P> = {
  "zh-CN": {
    "csv-no-name-column": (p) => `单位通讯录第${p.line}行：找不到“单位名称”列（可用列名：单位名称、联系人、联系电话、电子邮箱、成员单位）`,
    "csv-duplicate-unit": (p) => `单位通讯录第${p.line}行：单位“${p.name}”重复，以第一次出现的为准`,
    "csv-unknown-unit": (p) => `单位通讯录第${p.line}行：方案中没有单位“${p.name}”，已忽略其联系方式`,
    "csv-bad-email": (p) => `单位通讯录第${p.line}行：单位“${p.name}”的电子邮箱“${p.email}”不像邮箱地址`,
    "csv-unclosed-quote": (p) => `单位通讯录第${p.line}行：引号没有闭合`,
  },
  en: {
    "csv-no-name-column": (p) => `units CSV line ${p.line}: no unit-name column (columns: name, contact, phone, email, members)`,
    "csv-duplicate-unit": (p) => `units CSV line ${p.line}: unit "${p.name}" repeated; the first one counts`,
    "csv-unknown-unit": (p) => `units CSV line ${p.line}: the plan has no unit "${p.name}"; its contacts are ignored`,
    "csv-bad-email": (p) => `units CSV line ${p.line}: "${p.email}" of unit "${p.name}" does not look like an e-mail address`,
    "csv-unclosed-quote": (p) => `units CSV line ${p.line}: unclosed quote`,
  },
};

export function directoryMessage(p: DirectoryProblem, lang: "zh-CN" | "en"): string {
  const { code, ...params } = p;
  return DIRECTORY_MESSAGES[lang][code](params as P);
}
