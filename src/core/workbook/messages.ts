/** Problems with build options (CLI flags, add-in settings): data keyed on `code`, text per language. */
import type { Catalogue } from "../i18n/lang";

export type BuildProblem =
  | { code: "period-invalid"; value: string }
  | { code: "due-invalid"; value: string }
  | { code: "due-outside-period"; value: string }
  | { code: "mailbox-invalid"; value: string }
  | { code: "lang-invalid"; value: string }
  | { code: "output-not-xlsx"; file: string }
  | { code: "password-empty" };

export type BuildProblemCode = BuildProblem["code"];
type P = Record<string, string | number>;

export const BUILD_MESSAGES: Catalogue<BuildProblemCode, P> = {
  "zh-CN": {
    "period-invalid": (p) => `报送期次“${p.value}”无效，应写作 2024-03（月）或 2024-Q1（季度）`,
    "due-invalid": (p) => `报送截止日期“${p.value}”无效，应写作 2024-03-25`,
    "due-outside-period": (p) => `提示：报送截止日期 ${p.value} 不在报送期次内`,
    "mailbox-invalid": (p) => `报送邮箱“${p.value}”不像邮箱地址`,
    "lang-invalid": (p) => `语言“${p.value}”无效，只能是 zh-CN 或 en`,
    "output-not-xlsx": (p) => `输出文件“${p.file}”应以 .xlsx 结尾`,
    "password-empty": () => `保护密码不能为空`,
  },
  en: {
    "period-invalid": (p) => `invalid reporting period "${p.value}": use 2024-03 (month) or 2024-Q1 (quarter)`,
    "due-invalid": (p) => `invalid due date "${p.value}": use 2024-03-25`,
    "due-outside-period": (p) => `note: the due date ${p.value} is outside the reporting period`,
    "mailbox-invalid": (p) => `"${p.value}" does not look like an e-mail address`,
    "lang-invalid": (p) => `invalid language "${p.value}": zh-CN or en`,
    "output-not-xlsx": (p) => `the output file "${p.file}" should end in .xlsx`,
    "password-empty": () => `the password must not be empty`,
  },
};

export function buildMessage(p: BuildProblem, lang: "zh-CN" | "en"): string {
  const { code, ...params } = p;
  return BUILD_MESSAGES[lang][code](params as P);
}
