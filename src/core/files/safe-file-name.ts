/**
 * Windows-safe file names for the workbooks we write and attach (`{单位}-{期次}-重点工作进展.xlsx`).
 *
 * Lengths are counted in UTF-16 code units, the unit Windows uses for its 255-per-component limit,
 * so a name that fits here also fits on NTFS, in a zip entry and in an e-mail attachment.
 */

/** Characters Windows refuses in a file name; full-width lookalikes (`：` `／` `？`) are fine and kept. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what Windows forbids
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
/** A lone surrogate cannot be encoded as UTF-8 (zip entries, MIME headers) and would turn into U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Device names, reserved with any extension and in any case (`con.xlsx`, `Com1.txt`, `LPT¹`). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** What replaces a forbidden character, and what an empty name becomes. */
const FILLER = "_";
/** Longest tail we treat as an extension worth keeping when a name must be cut. */
const MAX_EXTENSION = 16;

/** Make `name` a valid Windows file name of at most `maxLength` UTF-16 code units, keeping its extension. */
export function safeFileName(name: string, maxLength = 120): string {
  if (!Number.isInteger(maxLength) || maxLength < 1)
    throw new RangeError(`maxLength must be a positive integer, got ${maxLength}`);
  let result = trimEnds(name.replace(LONE_SURROGATE, FILLER).replace(FORBIDDEN, FILLER));
  if (result === "") result = FILLER;
  result = fitLength(result, maxLength);
  if (isReserved(result)) result = fitLength(FILLER + result, maxLength);
  return result;
}

/** Make every name unique, ignoring case as Windows does: the second `X.xlsx` becomes `X (2).xlsx`. */
export function uniqueFileNames(names: readonly string[], maxLength = 120): string[] {
  // First occurrences keep their names, so a later duplicate never takes a name that exists anyway.
  const taken = new Set<string>();
  const keeps = names.map((n) => {
    const key = n.toLowerCase();
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  });
  return names.map((n, i) => {
    if (keeps[i]) return n;
    const { base, extension } = splitExtension(n);
    for (let copy = 2; ; copy++) {
      const candidate = withSuffix(base, ` (${copy})`, extension, maxLength);
      if (!taken.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  });
}

/** Strip what Windows drops or rejects at the ends: trailing dots and spaces, leading spaces. */
function trimEnds(name: string): string {
  return name.replace(/^ +/, "").replace(/[. ]+$/, "");
}

function isReserved(name: string): boolean {
  const stem = name.split(".")[0] ?? "";
  return RESERVED.test(stem.replace(/ +$/, ""));
}

/** Split off a short extension (`.xlsx`); a leading dot (`.profile`) is part of the name, not an extension. */
function splitExtension(name: string): { base: string; extension: string } {
  const dot = name.lastIndexOf(".");
  if (dot <= 0 || name.length - dot > MAX_EXTENSION || /[ ]/.test(name.slice(dot)))
    return { base: name, extension: "" };
  return { base: name.slice(0, dot), extension: name.slice(dot) };
}

/** Cut the part before the extension so the whole fits; drop the extension only when it alone does not fit. */
function fitLength(name: string, maxLength: number): string {
  if (name.length <= maxLength) return name;
  const { base, extension } = splitExtension(name);
  if (extension.length < maxLength) {
    const cutBase = trimEnds(cutCodeUnits(base, maxLength - extension.length));
    if (cutBase !== "") return cutBase + extension;
  }
  return trimEnds(cutCodeUnits(name, maxLength)) || FILLER;
}

/** `base (n).ext` within `maxLength`; the extension goes before the suffix does, since the suffix is what makes it unique. */
function withSuffix(base: string, suffix: string, extension: string, maxLength: number): string {
  for (const ext of [extension, ""]) {
    const room = maxLength - suffix.length - ext.length;
    if (room >= 1) return (trimEnds(cutCodeUnits(base, room)) || FILLER) + suffix + ext;
  }
  throw new RangeError(`maxLength ${maxLength} is too small for a unique name with suffix "${suffix}"`);
}

/** The first `n` UTF-16 code units of `s`, one fewer when the cut would split a surrogate pair. */
function cutCodeUnits(s: string, n: number): string {
  if (s.length <= n) return s;
  const last = s.charCodeAt(n - 1);
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? n - 1 : n);
}
