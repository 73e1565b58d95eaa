/** UTF-8 helpers for header encoding; lone surrogates become U+FFFD, as TextEncoder does. */

const encoder = new TextEncoder();

/** The UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/**
 * Split `text` into pieces of at most `maxBytes` UTF-8 bytes, cutting only between code points,
 * so no piece ends inside a character (RFC 2047 §5: each encoded-word must hold whole characters).
 */
export function splitUtf8(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let size = 0;
  for (const ch of text) {
    const n = utf8Length(ch);
    if (size + n > maxBytes && piece !== "") {
      pieces.push(piece);
      piece = "";
      size = 0;
    }
    piece += ch;
    size += n;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

function utf8Length(codePoint: string): number {
  const c = codePoint.codePointAt(0) ?? 0;
  if (c < 0x80) return 1;
  if (c < 0x800) return 2;
  return c >= 0x10000 ? 4 : 3; // a lone surrogate encodes as U+FFFD: 3 bytes
}
