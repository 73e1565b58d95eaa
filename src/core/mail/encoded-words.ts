/** RFC 2047 encoded-words (`=?UTF-8?B?…?=`) for non-ASCII subjects, display names and file names. */
import { base64 } from "./base64";
import { splitUtf8, utf8 } from "./utf8";

/** `=?UTF-8?B?` + `?=`. */
const OVERHEAD = 12;
/**
 * 39 bytes → 52 base64 characters → a 64-character word, so `Subject: ` plus one word stays within the
 * 76-character line we aim for, and every word is well under RFC 2047's 75.
 */
const BYTES_PER_WORD = 39;

/** Longest word a plain header may hold, so folding at spaces keeps lines short. */
const MAX_PLAIN_WORD = 60;

/**
 * True when `text` can go into a header as it is: printable ASCII, no encoded-word look-alike, and
 * single spaces between short words, which survive folding and unfolding unchanged.
 */
export function isPlainHeaderText(text: string): boolean {
  return (
    /^[\x20-\x7e]+$/.test(text) &&
    !text.includes("=?") &&
    !/^ | $| {2}/.test(text) &&
    text.split(" ").every((word) => word.length <= MAX_PLAIN_WORD)
  );
}

/** `text` as B-encoded words, each ≤ 75 characters and each holding whole UTF-8 characters. */
export function encodeWords(text: string): string[] {
  return splitUtf8(text, BYTES_PER_WORD).map((piece) => `=?UTF-8?B?${base64(utf8(piece))}?=`);
}

/** Longest encoded-word this module produces, for tests and for callers planning a line. */
export const MAX_ENCODED_WORD = OVERHEAD + Math.ceil(BYTES_PER_WORD / 3) * 4;
