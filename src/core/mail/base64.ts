/** Base64 (RFC 4648) for MIME bodies, in plain JS because the core cannot use Node's Buffer. */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** 57 bytes encode to exactly 76 characters, the MIME line limit (RFC 2045 §6.8). */
const BYTES_PER_LINE = 57;

/** Base64 of `bytes` as one string without line breaks (for encoded-words). */
export function base64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const rest = bytes.length - i;
    out.push(
      ALPHABET.charAt(b0 >> 2) +
        ALPHABET.charAt(((b0 & 0x03) << 4) | (b1 >> 4)) +
        (rest > 1 ? ALPHABET.charAt(((b1 & 0x0f) << 2) | (b2 >> 6)) : "=") +
        (rest > 2 ? ALPHABET.charAt(b2 & 0x3f) : "="),
    );
  }
  return out.join("");
}

/** Base64 of `bytes` cut into lines of at most 76 characters, as a MIME body needs. */
export function base64Lines(bytes: Uint8Array): string[] {
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += BYTES_PER_LINE) {
    lines.push(base64(bytes.subarray(i, i + BYTES_PER_LINE)));
  }
  return lines;
}
