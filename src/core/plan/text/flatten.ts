/**
 * Rule `join-lines`: a task's lines become one string. Text split by a page break (`实\n\n现`,
 * `（牵\n\n头领导：`, `区高端产业聚集区\n\n发展服务中心`) joins with nothing in between, as Chinese
 * has no spaces; each such join is reported (info) so a reviewer can check it.
 */
import type { SourceLine } from "./lines";
import { TERMINAL } from "./chars";

export interface Flat {
  text: string;
  /** Offsets in `text` where a source line began. */
  boundaries: Set<number>;
  /** Offset → source line number, ascending. */
  starts: { offset: number; line: number }[];
  /** Joins across a line that did not end a sentence. */
  joins: { line: number; before: string; after: string }[];
}

export function flatten(lines: SourceLine[]): Flat {
  // Parts are collected in an array: indexing into a string built with `+=` flattens the whole
  // rope each time, which is quadratic on a long section.
  const parts: string[] = [];
  let length = 0;
  let tail = "";
  const boundaries = new Set<number>();
  const starts: Flat["starts"] = [];
  const joins: Flat["joins"] = [];
  for (const l of lines) {
    if (!l.text) continue;
    if (length > 0) {
      const prev = tail[tail.length - 1]!;
      const next = l.text[0]!;
      if (!TERMINAL.test(prev) && !/^[（(［[【]/.test(l.text)) {
        joins.push({ line: l.no, before: tail.slice(-6), after: l.text.slice(0, 6) });
      }
      if (/[A-Za-z0-9]/.test(prev) && /[A-Za-z0-9]/.test(next)) {
        parts.push(" ");
        length += 1;
      }
    }
    boundaries.add(length);
    starts.push({ offset: length, line: l.no });
    parts.push(l.text);
    length += l.text.length;
    tail = l.text;
  }
  return { text: parts.join(""), boundaries, starts, joins };
}

/** The source line holding `offset`. */
export function lineAt(flat: Flat, offset: number): number {
  let line = flat.starts[0]?.line ?? 1;
  for (const s of flat.starts) {
    if (s.offset > offset) break;
    line = s.line;
  }
  return line;
}
