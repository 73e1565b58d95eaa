/** Character classes and width folding shared by the plan rules. */

/** Full-width ASCII (！..～) and the ideographic space to their half-width forms. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

export const OPEN_BRACKETS = "（(［[【〔";
export const CLOSE_BRACKETS = "）)］]】〕";
export const CJK = "\\u3400-\\u9fff\\uf900-\\ufaff";
export const CJK_RE = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Brackets in a unit name or id always use the full-width pair. */
export function fullWidthBrackets(s: string): string {
  return s.replace(/[(［[【]/g, "（").replace(/[)］\]】]/g, "）");
}

/** Remove whitespace between CJK characters or next to CJK punctuation; keep it between ASCII words. */
export function dropCjkSpaces(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/ (?=[^A-Za-z0-9])|(?<=[^A-Za-z0-9]) /g, "")
    .trim();
}

/** Sentence-final punctuation: a line ending in one of these is not a word split by a page break. */
export const TERMINAL = /[。！？；;：:）)\]】」”"》.!?]$/;

/** Split on separators that are not inside brackets. */
export function splitOutsideBrackets(s: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (OPEN_BRACKETS.includes(c)) depth++;
    else if (CLOSE_BRACKETS.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.test(c)) {
      parts.push(s.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(s.slice(from));
  return parts;
}

/** For every opening bracket, the index of its closing bracket (or -1), in one pass with a stack. */
export function bracketPairs(s: string): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: number[] = [];
  const any = /[（(［[【〔）)］\]】〕]/g;
  for (let m = any.exec(s); m; m = any.exec(s)) {
    const i = m.index;
    if (OPEN_BRACKETS.includes(m[0])) {
      stack.push(i);
      pairs.set(i, -1);
    } else if (stack.length) pairs.set(stack.pop()!, i);
  }
  return pairs;
}
