/** Multipart boundaries and Message-IDs, derived from content so that output is reproducible. */

/** FNV-1a over the UTF-16 code units of `parts`, as 8 hex digits: cheap, stable, not cryptographic. */
export function fingerprint(...parts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 0xff; // separate ("ab","c") from ("a","bc")
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * A boundary that occurs in none of `contents`. `=_` can never appear in base64 or in an encoded-word,
 * so the check only matters for plain ASCII headers; it is still done rather than assumed.
 */
export function chooseBoundary(seed: string, contents: readonly string[]): string {
  for (let salt = 0; ; salt++) {
    const boundary = `----=_duban_${fingerprint(seed, String(salt))}_${salt}`;
    if (!contents.some((c) => c.includes(boundary))) return boundary;
  }
}
