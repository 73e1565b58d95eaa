/** Content hashes kept in `_meta` to spot edited locked cells. Pure JS (no node:crypto in the core). */

/** cyrb53: a fast 53-bit string hash, returned as 14 hex digits. Not cryptographic — it detects edits, not attacks. */
export function contentHash(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, "0");
}

/** Hash of a row's fields, joined with a separator that cannot occur in cell text. */
export function rowHash(fields: readonly (string | number | null)[]): string {
  return contentHash(fields.map((f) => (f === null ? "" : String(f))).join("\u0001"));
}
