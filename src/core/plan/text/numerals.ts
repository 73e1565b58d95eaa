/** Chinese numerals as used in plan numbering: 一 … 十 … 九十九, 一百 … */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export function chineseToInt(s: string): number | null {
  if (!s) return null;
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    if (ch in DIGITS) cur = DIGITS[ch]!;
    else if (ch === "十") {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === "百") {
      total += (cur || 1) * 100;
      cur = 0;
    } else return null;
  }
  return total + cur;
}
