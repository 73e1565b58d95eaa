/** Every parse diagnostic's text, per language. A test checks both languages have every code. */
import type { Catalogue } from "../i18n/lang";
import type { DiagnosticCode } from "./diagnostics";

type P = Record<string, string | number>;
const s = (p: P, k: string): string => String(p[k] ?? "");

export const PLAN_MESSAGES: Catalogue<DiagnosticCode, P> = {
  "zh-CN": {
    "no-tasks": () => "未找到任何编号任务，请确认文件是任务分工方案",
    "task-number-missing": (p) => `任务编号不连续：缺少第${s(p, "missing")}项（上一项为${s(p, "prev")}，本项为${s(p, "no")}）`,
    "task-number-duplicate": (p) => `任务编号重复：第${s(p, "no")}项已在第${s(p, "firstLine")}行出现`,
    "task-no-lead-unit": (p) => `任务${s(p, "task")}没有牵头单位`,
    "attribution-unclosed": (p) => `任务${s(p, "task")}的分工括号未闭合（从“${s(p, "start")}”开始）`,
    "label-unknown": (p) => `任务${s(p, "task")}中有无法识别的标签“${s(p, "label")}”，其内容“${s(p, "value")}”未被采用`,
    "task-truncated": (p) => `最后一项任务${s(p, "task")}似乎不完整（文件可能被截断）`,
    "unit-merge-guessed": (p) => `单位名称“${s(p, "variant")}”疑为“${s(p, "name")}”的识别错误，已按同一单位统计，请核对`,
    "ocr-suspect-text": (p) => `任务${s(p, "task")}的文字“${s(p, "snippet")}”中的“${s(p, "char")}”可能是“${s(p, "expected")}”的识别错误（原文未改动）`,
    "task-no-leader": (p) => `任务${s(p, "task")}未写牵头领导`,
    "unit-second-name": (p) => `“${s(p, "written")}”按加挂牌子处理，计入“${s(p, "name")}”`,
    "unit-variant-folded": (p) => `单位名称“${s(p, "variant")}”与“${s(p, "name")}”仅有空格、括号或全半角差异，已合并`,
    "standing-rule": (p) => `通用规定：以下任务均增加责任单位“${s(p, "unit")}”`,
    "first-listed-lead": () => "文件规定列第一位的单位为牵头单位，已据此区分牵头单位与责任单位",
    "line-joined": (p) => `已将被分页拆开的文字接续：“…${s(p, "before")}”+“${s(p, "after")}…”`,
  },
  en: {
    "no-tasks": () => "no numbered tasks found; is this a task-division plan?",
    "task-number-missing": (p) => `task numbers skip ${s(p, "missing")} (previous ${s(p, "prev")}, this ${s(p, "no")})`,
    "task-number-duplicate": (p) => `task number ${s(p, "no")} already used on line ${s(p, "firstLine")}`,
    "task-no-lead-unit": (p) => `task ${s(p, "task")} has no lead unit`,
    "attribution-unclosed": (p) => `task ${s(p, "task")}: attribution bracket is never closed (starting "${s(p, "start")}")`,
    "label-unknown": (p) => `task ${s(p, "task")}: unknown label "${s(p, "label")}", its value "${s(p, "value")}" was not used`,
    "task-truncated": (p) => `the last task ${s(p, "task")} looks incomplete (the file may be truncated)`,
    "unit-merge-guessed": (p) => `unit "${s(p, "variant")}" looks like a misreading of "${s(p, "name")}" and is counted as it; please check`,
    "ocr-suspect-text": (p) => `task ${s(p, "task")}: "${s(p, "char")}" in "${s(p, "snippet")}" may be a misreading of "${s(p, "expected")}" (text kept as written)`,
    "task-no-leader": (p) => `task ${s(p, "task")} names no lead leader`,
    "unit-second-name": (p) => `"${s(p, "written")}" is a unit with a second name, counted as "${s(p, "name")}"`,
    "unit-variant-folded": (p) => `unit "${s(p, "variant")}" differs from "${s(p, "name")}" only in spaces, brackets or width; merged`,
    "standing-rule": (p) => `standing rule: every following task also goes to "${s(p, "unit")}"`,
    "first-listed-lead": () => "the document says the first listed unit leads; lead and responsible units were split accordingly",
    "line-joined": (p) => `joined text split by a page break: "…${s(p, "before")}" + "${s(p, "after")}…"`,
  },
};
