/**
 * A tokenizer for the small, regular HTML that mammoth writes: tags with double-quoted attributes,
 * self-closing `<br />`/`<img />`, and text escaped with `&amp; &lt; &gt; &quot;`. It is not a
 * general HTML parser (no comments, scripts or unquoted attributes) and needs none.
 */

export type HtmlToken =
  | {
      readonly kind: "open";
      readonly name: string;
      readonly attrs: Readonly<Record<string, string>>;
      readonly selfClosing: boolean;
    }
  | { readonly kind: "close"; readonly name: string }
  | { readonly kind: "text"; readonly text: string };

/** Linear on any input: attribute values never hold `>` because mammoth escapes it. */
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*)([^>]*)>/g;
const ATTR = /([^\s=/>]+)(?:="([^"]*)")?/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

/** Split mammoth's HTML into open/close/text tokens, entities decoded. */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    const index = m.index ?? 0;
    if (index > last) tokens.push({ kind: "text", text: decodeEntities(html.slice(last, index)) });
    const name = (m[2] ?? "").toLowerCase();
    if (m[1] === "/") tokens.push({ kind: "close", name });
    else {
      const rest = m[3] ?? "";
      const selfClosing = rest.endsWith("/");
      tokens.push({
        kind: "open",
        name,
        attrs: parseAttrs(selfClosing ? rest.slice(0, -1) : rest),
        selfClosing,
      });
    }
    last = index + m[0].length;
  }
  if (last < html.length) tokens.push({ kind: "text", text: decodeEntities(html.slice(last)) });
  return tokens;
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) attrs[(m[1] ?? "").toLowerCase()] = decodeEntities(m[2] ?? "");
  return attrs;
}

/** Decode named (`&amp;`), decimal (`&#20013;`) and hex (`&#x4E2D;`) entities; unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code =
        body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}
