/**
 * Attachment file-name parameters, written twice as Thunderbird does:
 * - `name="=?UTF-8?B?…?="` on Content-Type (RFC 2047 words; not standard inside a parameter, but what
 *   old Outlook and Foxmail read), and
 * - `filename*0*=UTF-8''%E5%8C%BA…` on Content-Disposition (RFC 2231, continued over several lines so
 *   that a 60-character Chinese name does not make one 600-character line).
 */
import { encodeWords, isPlainHeaderText } from "./encoded-words";
import { splitUtf8, utf8 } from "./utf8";

/** RFC 2231 `attribute-char`s that need no percent-encoding. */
const ATTR_CHAR = /^[A-Za-z0-9!#$&+\-.^_`|~]$/;
/** UTF-8 bytes per continuation; 18 bytes of CJK is 54 characters of `%XX`, about 70 with the label. */
const BYTES_PER_SECTION = 18;
/** A quoted-string that needs no escaping. */
const PLAIN_QUOTABLE = /^[^"\\]*$/;

/** Tokens for `name=` on Content-Type (the last ends the parameter list). */
export function nameParamTokens(fileName: string): string[] {
  if (isPlainHeaderText(fileName) && PLAIN_QUOTABLE.test(fileName)) return [`name="${fileName}"`];
  const words = encodeWords(fileName);
  return words.map((w, i) => (i === 0 ? `name="` : "") + w + (i === words.length - 1 ? `"` : ""));
}

/** Tokens for `filename…=` on Content-Disposition. */
export function filenameParamTokens(fileName: string): string[] {
  if (isPlainHeaderText(fileName) && PLAIN_QUOTABLE.test(fileName)) return [`filename="${fileName}"`];
  const sections = splitUtf8(fileName, BYTES_PER_SECTION).map(percentEncode);
  if (sections.length === 1) return [`filename*=UTF-8''${sections[0] ?? ""}`];
  return sections.map(
    (s, i) => `filename*${i}*=${i === 0 ? "UTF-8''" : ""}${s}${i === sections.length - 1 ? "" : ";"}`,
  );
}

function percentEncode(text: string): string {
  let out = "";
  for (const byte of utf8(text)) {
    const ch = String.fromCharCode(byte);
    out += byte < 0x80 && ATTR_CHAR.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
