/** Rule `normalize`: split input into lines (1-based numbers kept) and strip Markdown decoration. */

export interface SourceLine {
  /** 1-based line number in the input. */
  no: number;
  /** Text without Markdown heading marks, bold marks, quote marks; trimmed. */
  text: string;
  /** True when the raw line was a Markdown heading (`#`); levels are ignored (OCR made them random). */
  heading: boolean;
}

export function toLines(input: string): SourceLine[] {
  const text = input.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  return text.split("\n").map((raw, i) => {
    let t = raw.replace(/[\u00a0\u2002-\u200b\u3000]/g, (c) => (c === "\u200b" ? "" : " ")).trim();
    const heading = /^#{1,6}\s*/.test(t);
    t = t.replace(/^#{1,6}\s*/, "").replace(/^>\s*/, "");
    t = t.replace(/\*\*|__/g, "").trim();
    return { no: i + 1, text: t, heading };
  });
}
