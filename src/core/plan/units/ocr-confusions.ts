/**
 * Characters that OCR misreads in place names: [correct, misread, misread is rare on its own].
 * Unit names are folded to the correct form (a guessed merge, always reported); task text is only
 * flagged, never rewritten. A rare misread (荏) is flagged anywhere in text; a common one (辛) only
 * where it spells the place's name.
 */
export const OCR_CONFUSIONS: readonly (readonly [string, string, boolean])[] = [
  ["茌", "荏", true],
  ["莘", "辛", false],
  ["兖", "衮", true],
  ["鄄", "甄", false],
  ["莒", "筥", true],
  ["郯", "剡", false],
  ["邛", "卭", true],
  ["鄚", "郑", false],
];

const TO_CORRECT = new Map(OCR_CONFUSIONS.map(([c, m]) => [m, c]));

/** Replace every misread character by its correct form (used for merge keys). */
export function foldOcr(s: string): string {
  let out = "";
  for (const ch of s) out += TO_CORRECT.get(ch) ?? ch;
  return out;
}

/** The misread forms of a place's short name, e.g. `茌平` → [`荏平`]. */
export interface Misreading {
  /** The place name as misread, e.g. `荏平`. */
  misread: string;
  char: string;
  correct: string;
  /** The misread character is suspicious anywhere in text. */
  rare: boolean;
}

export function misreadingsOf(placeShort: string): Misreading[] {
  const out: Misreading[] = [];
  for (const [correct, misread, rare] of OCR_CONFUSIONS) {
    if (placeShort.includes(correct)) out.push({ misread: placeShort.split(correct).join(misread), char: misread, correct, rare });
  }
  return out;
}

/** Places in `text` that may be OCR misreadings, for flagging (never rewriting). */
export function suspectsIn(text: string, misreadings: Misreading[]): { index: number; char: string; expected: string }[] {
  const out: { index: number; char: string; expected: string }[] = [];
  for (const m of misreadings) {
    const needle = m.rare ? m.char : m.misread;
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
      out.push({ index: i, char: needle, expected: m.rare ? m.correct : m.misread.split(m.char).join(m.correct) });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
