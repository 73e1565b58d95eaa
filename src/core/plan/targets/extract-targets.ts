/**
 * Rule `targets`: quantitative targets in a task's text. `增长6%左右` → approx 6 %, `80个以上` → gte 80 个,
 * `33亿元` → eq 33 亿元; `分别达到10个、20个以上` → one target each; numbers that only qualify
 * something (`2024年`, `50亿元以上大项目`, `30万千瓦以下煤电机组`, `3A级`, `年产8亿克拉`) are not targets.
 */
import type { Target } from "../schema";

/** Units that count things: a noun after them is what is counted, so the number is still a target. */
const COUNT_UNITS = [
  "个百分点", "家次", "人次", "户次", "个", "家", "项", "处", "所", "台", "座", "条", "户", "人", "名", "场", "村", "套",
  "辆", "批", "件", "栋", "间", "张", "部", "支", "类", "宗", "起", "次", "篇", "门", "棵", "株", "头", "只", "公顷",
];
/** Units that measure: a noun right after them makes the number a qualifier (`22.5万千瓦风电项目`). */
const MEASURE_UNITS = [
  "万亿元", "亿美元", "万美元", "亿元", "万元", "元", "美元", "万平方米", "平方米", "平方公里", "万亩", "亩",
  "万千瓦时", "千瓦时", "万千瓦", "千瓦", "兆瓦", "吉瓦", "万吨标准煤", "吨标准煤", "万吨", "吨", "公里", "千米", "米",
  "万立方米", "立方米", "万人次", "万人", "万户", "万辆", "万株", "万只", "万头", "%", "‰", "倍",
];
const UNITS = [...new Set([...MEASURE_UNITS, ...COUNT_UNITS])].sort((a, b) => b.length - a.length);
const UNIT_ALT = UNITS.map((u) => u.replace(/[%‰]/g, (c) => `\\${c}`)).join("|");

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const SUFFIX = String.raw`(左右|以上|以下|以内|之内|上下|多)?`;
/** One number with its unit and an optional comparator word after it; units are optional inside a 、-run. */
const ITEM = new RegExp(`${NUM}\\s*(${UNIT_ALT})?${SUFFIX}`, "g");

const PREFIX_GTE = /(不低于|不少于|不小于|超过|超|突破|高于|大于|至少|≥|>=)$/;
const PREFIX_LTE = /(不高于|不超过|不大于|低于|少于|小于|控制在|压减到|≤|<=)$/;
const PREFIX_APPROX = /(约|大约|近)$/;
const CLAUSE_BREAK = /[，,。；;：:！!？?（）()\n]/;

interface Hit {
  start: number;
  end: number;
  value: number;
  unit: string;
  suffix: string;
}

export function extractTargets(text: string): Target[] {
  const hits: Hit[] = [];
  ITEM.lastIndex = 0;
  for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
    hits.push({ start: m.index, end: m.index + m[0].length, value: Number(m[1]), unit: m[2] ?? "", suffix: m[3] ?? "" });
  }
  const runs = groupRuns(text, hits);
  const out: Target[] = [];
  let prevEnd = 0;
  for (const run of runs) {
    const last = run[run.length - 1]!;
    const unitForRun = last.unit;
    // The quoted words: from the clause start (or just after the previous target in a 、-list) to the
    // run's end, plus the counted noun after a count unit (`120个区级以上重点项目建设`).
    const from = clauseStart(text, run[0]!.start, prevEnd);
    const to = clauseEnd(text, last, unitForRun);
    const quote = text.slice(from, to).trim();
    for (const h of run) {
      const unit = h.unit || unitForRun;
      const suffix = h.suffix || (run.length > 1 ? last.suffix : "");
      if (!isTarget(text, h, unit, suffix, h === last)) continue;
      out.push({ text: quote, value: h.value, unit, comparator: comparatorOf(text, run[0]!.start, suffix) });
      prevEnd = to;
    }
  }
  return out;
}

/** Numbers joined by `、` alone (`10个、20个以上`, `5个、12个`) share the last one's unit and comparator. */
function groupRuns(text: string, hits: Hit[]): Hit[][] {
  const runs: Hit[][] = [];
  for (const h of hits) {
    const cur = runs[runs.length - 1];
    const prev = cur?.[cur.length - 1];
    if (cur && prev && /^\s*[、和及至到~～-]\s*$/.test(text.slice(prev.end, h.start)) && !prev.suffix.match(/以上|以下|以内/)) cur.push(h);
    else runs.push([h]);
  }
  return runs;
}

function isTarget(text: string, h: Hit, unit: string, suffix: string, lastInRun: boolean): boolean {
  if (!unit) return false;
  const before = text.slice(Math.max(0, h.start - 3), h.start);
  const after = text.slice(h.end);
  // Dates, ordinals, grades and ranks: `2024年`, `第5`, `3A级`, `5G`, `3月`.
  if (/^[年月日号季级届期代批A-Za-z]/.test(after) && !suffix) return false;
  if (/(第|年产|日产|单机|每|连续)$/.test(before)) return false;
  if (/[A-Za-z.]$/.test(text.slice(0, h.start))) return false;
  // `50亿元以上大项目`, `30万千瓦以下煤电机组`: a comparator then a noun qualifies that noun.
  if ((suffix === "以上" || suffix === "以下" || suffix === "以内") && /^[\u4e00-\u9fff“"]/.test(after) && !/^(的目标|目标)/.test(after))
    return false;
  // `22.5万千瓦风电项目`, `8亿克拉`: a measure followed by a noun is a size, not a target.
  if (!suffix && lastInRun && MEASURE_UNITS.includes(unit) && unit !== "%" && /^[\u4e00-\u9fff“"]/.test(after) && !/^(以上|以下|左右|的|目标|和|及|与|或)/.test(after))
    return false;
  return true;
}

function comparatorOf(text: string, start: number, suffix: string): Target["comparator"] {
  if (suffix === "左右" || suffix === "上下") return "approx";
  if (suffix === "以上" || suffix === "多") return "gte";
  if (suffix === "以下" || suffix === "以内" || suffix === "之内") return "lte";
  const before = text.slice(Math.max(0, start - 4), start).replace(/\s+$/, "");
  // Negated forms first: `不超过` ends like `超过`, `不低于` like `低于`.
  if (/(不低于|不少于|不小于)$/.test(before)) return "gte";
  if (/(不高于|不超过|不大于|不多于)$/.test(before)) return "lte";
  if (PREFIX_GTE.test(before)) return "gte";
  if (PREFIX_LTE.test(before)) return "lte";
  if (PREFIX_APPROX.test(before)) return "approx";
  return "eq";
}

function clauseStart(text: string, start: number, prevEnd: number): number {
  let s = start;
  while (s > 0 && !CLAUSE_BREAK.test(text[s - 1]!)) s--;
  if (prevEnd > s && prevEnd <= start && text[prevEnd] === "、") return prevEnd + 1;
  return s;
}

function clauseEnd(text: string, last: Hit, unit: string): number {
  if (last.suffix || !COUNT_UNITS.includes(unit)) return last.end;
  let e = last.end;
  while (e < text.length && !CLAUSE_BREAK.test(text[e]!) && text[e] !== "、" && !/\d/.test(text[e]!)) e++;
  return e;
}
