/** Cell text as a workbook can hold it: LF line breaks (XML turns CRLF into LF anyway) and no XML-illegal characters. */

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function cellText(s: string): string {
  return s.replace(/\r\n?/g, "\n").replace(ILLEGAL, "");
}

/** Does this text start like a formula (`=`, `+`, `-`, `@`)? Such text is written as text, with the `@` format. */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s);
}
