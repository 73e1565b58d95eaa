/**
 * Rule `markers`: the numbering at the start of a line. Hierarchy comes from numbering, never from
 * Markdown `#` levels: `一、` > `（一）`/`(一)` > `1.`/`1、` > `（1）` > `①`.
 */
import { chineseToInt } from "../text/numerals";

export const LEVELS = ["cn", "cnParen", "num", "numParen", "circled"] as const;
export type Level = (typeof LEVELS)[number];

export interface Marker {
  level: Level;
  /** As written, normalised: `二`, `（三）`, `12`, `（1）`, `①`. */
  id: string;
  /** The number's value. */
  no: number;
  /** The rest of the line after the marker. */
  rest: string;
}

const CN = "[一二三四五六七八九十百零〇两]";
const RULES: { level: Level; re: RegExp; id: (m: RegExpExecArray) => string; no: (m: RegExpExecArray) => number | null }[] = [
  { level: "cn", re: new RegExp(`^(${CN}{1,4})\\s*[、．.]\\s*(.*)$`), id: (m) => m[1]!, no: (m) => chineseToInt(m[1]!) },
  // `第一部分 主要目标`, `第二章`, `第三篇`: the same level as `一、`.
  { level: "cn", re: new RegExp(`^第(${CN}{1,4})(?:部分|章|篇)[、．.：:\\s]*(.*)$`), id: (m) => m[1]!, no: (m) => chineseToInt(m[1]!) },
  {
    level: "cnParen",
    re: new RegExp(`^[（(]\\s*(${CN}{1,3})\\s*[）)]\\s*[、．.]?\\s*(.*)$`),
    id: (m) => `（${m[1]}）`,
    no: (m) => chineseToInt(m[1]!),
  },
  { level: "num", re: /^(\d{1,5})\s*[.．、)）](?!\d)\s*(.*)$/, id: (m) => String(Number(m[1])), no: (m) => Number(m[1]) },
  { level: "numParen", re: /^[（(]\s*(\d{1,3})\s*[）)]\s*(.*)$/, id: (m) => `（${Number(m[1])}）`, no: (m) => Number(m[1]) },
  {
    level: "circled",
    re: /^([\u2460-\u2473])\s*(.*)$/,
    id: (m) => m[1]!,
    no: (m) => m[1]!.charCodeAt(0) - 0x2460 + 1,
  },
];

export function markerOf(text: string): Marker | null {
  for (const r of RULES) {
    const m = r.re.exec(text);
    if (!m) continue;
    const no = r.no(m);
    if (no === null) continue;
    return { level: r.level, id: r.id(m), no, rest: m[2] ?? "" };
  }
  return null;
}

export const levelRank = (l: Level): number => LEVELS.indexOf(l);
