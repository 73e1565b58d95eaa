/**
 * Rule `deadline`: `2024年6月底前` → 2024-06-30, `2024年底` → 2024-12-31, `6月30日前` (plan year),
 * `上半年` → 06-30, `第三季度` → 09-30; `全年`, `持续推进`, `长期坚持` → null (words kept).
 */

const QUARTER: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, "1": 3, "2": 6, "3": 9, "4": 12 };

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

/** A calendar date or null; never throws. `year` fills in dates written without one. */
export function parseDeadline(words: string, year: number | null): string | null {
  const t = words.replace(/\s+/g, "");
  const ym = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?/.exec(t);
  if (ym) {
    const y = ym[1] ? Number(ym[1]) : year;
    const m = Number(ym[2]);
    if (y === null || m < 1 || m > 12) return null;
    const d = ym[3] ? Number(ym[3]) : lastDay(y, m);
    return d >= 1 && d <= lastDay(y, m) ? iso(y, m, d) : null;
  }
  const yq = /(?:(\d{4})年)?(?:第)?([一二三四1-4])季度/.exec(t);
  if (yq) {
    const y = yq[1] ? Number(yq[1]) : year;
    const m = QUARTER[yq[2]!]!;
    return y === null ? null : iso(y, m, lastDay(y, m));
  }
  const half = /(?:(\d{4})年)?(上|下)半年/.exec(t);
  if (half) {
    const y = half[1] ? Number(half[1]) : year;
    return y === null ? null : half[2] === "上" ? iso(y, 6, 30) : iso(y, 12, 31);
  }
  const yEnd = /(\d{4})年(?:底|末|年底|年内|12月)?/.exec(t);
  if (yEnd && /年(底|末|内)|年$|年前/.test(t)) return iso(Number(yEnd[1]), 12, 31);
  if (/^(年底|年末|年内)(前)?/.test(t) && year !== null) return iso(year, 12, 31);
  return null;
}

/** Deadline words inside a task's text: `2024年6月底前完成…` (only when followed by 前/完成 etc.). */
export function findDeadlineInText(text: string): string | null {
  const m = /((?:\d{4}年)?(?:\d{1,2}月(?:底|末|\d{1,2}[日号])?|底|年底|上半年|下半年|第[一二三四]季度))(?:前|以前|之前)/.exec(text);
  return m ? m[0] : null;
}
