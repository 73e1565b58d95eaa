/** The languages of UI and workbook text. zh-CN is the default everywhere. */
export const LANGS = ["zh-CN", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "zh-CN";

/** A message catalogue: one function per code, per language. */
export type Catalogue<Code extends string, P = Record<string, string | number>> = Record<
  Lang,
  Record<Code, (p: P) => string>
>;
