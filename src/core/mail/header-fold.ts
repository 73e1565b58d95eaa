/** Header lines: join tokens with spaces and fold before 76 characters (RFC 5322 §2.2.3). */

/** Soft limit for a header line; RFC 5322 recommends 78, and 76 matches the body lines. */
const LINE = 76;

/**
 * `Name: tok1 tok2 …`, folded with CRLF + space between tokens so that no line exceeds 76 characters
 * unless one token alone is longer. Every fold point is a space that was there anyway, so unfolding
 * restores the joined text exactly.
 */
export function foldHeader(name: string, tokens: readonly string[]): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of tokens) {
    if (line.length + 1 + token.length > LINE && line.length > name.length + 1) {
      lines.push(line);
      line = ` ${token}`;
    } else {
      line += ` ${token}`;
    }
  }
  lines.push(line);
  return lines.join("\r\n");
}
