/**
 * Word's own list numbers, read from the package: mammoth drops them and does not expose w:numId,
 * w:lvlText or w:start, so a heading auto-numbered `一、` or `（一）` would otherwise come out as `1.`.
 * We read numbering.xml, styles.xml and document.xml ourselves and render each numbered paragraph's
 * label in document order (`一、`, `（二）`, `3.`, `1.2`). The caller matches the labels to mammoth's
 * numbered paragraphs by position and falls back to plain `N.` when the counts disagree.
 */
import JSZip from "jszip";

interface Level {
  numFmt: string;
  lvlText: string;
  start: number;
  pStyle?: string;
}
interface Num {
  abstractId: string;
  starts: Map<number, number>;
}

const attr = (xml: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
const child = (xml: string, tag: string): string | undefined => new RegExp(`<${tag}\\b[^>]*?/?>`).exec(xml)?.[0];

function parseNumbering(xml: string): { abstracts: Map<string, Map<number, Level>>; nums: Map<string, Num> } {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const m of xml.matchAll(/<w:abstractNum\b([^>]*)>([\s\S]*?)<\/w:abstractNum>/g)) {
    const id = attr(m[1]!, "w:abstractNumId");
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const l of m[2]!.matchAll(/<w:lvl\b([^>]*)>([\s\S]*?)<\/w:lvl>/g)) {
      const ilvl = Number(attr(l[1]!, "w:ilvl") ?? "0");
      const body = l[2]!;
      const level: Level = {
        numFmt: attr(child(body, "w:numFmt") ?? "", "w:val") ?? "decimal",
        lvlText: attr(child(body, "w:lvlText") ?? "", "w:val") ?? `%${ilvl + 1}.`,
        start: Number(attr(child(body, "w:start") ?? "", "w:val") ?? "1"),
      };
      const pStyle = attr(child(body, "w:pStyle") ?? "", "w:val");
      if (pStyle !== undefined) level.pStyle = pStyle;
      levels.set(ilvl, level);
    }
    abstracts.set(id, levels);
  }
  const nums = new Map<string, Num>();
  for (const m of xml.matchAll(/<w:num\b([^>]*)>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(m[1]!, "w:numId");
    const abstractId = attr(child(m[2]!, "w:abstractNumId") ?? "", "w:val");
    if (id === undefined || abstractId === undefined) continue;
    const starts = new Map<number, number>();
    for (const o of m[2]!.matchAll(/<w:lvlOverride\b([^>]*)>([\s\S]*?)<\/w:lvlOverride>/g)) {
      const s = attr(child(o[2]!, "w:startOverride") ?? "", "w:val");
      if (s !== undefined) starts.set(Number(attr(o[1]!, "w:ilvl") ?? "0"), Number(s));
    }
    nums.set(id, { abstractId, starts });
  }
  return { abstracts, nums };
}

/** Paragraph styles that carry numbering: style id → numId/ilvl (following w:basedOn). */
function parseStyles(xml: string): Map<string, { numId: string; ilvl: number }> {
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const m of xml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
    const id = attr(m[1]!, "w:styleId");
    if (id === undefined) continue;
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(m[2]!)?.[1];
    const entry: { numId?: string; ilvl?: number; basedOn?: string } = {};
    const basedOn = attr(child(m[2]!, "w:basedOn") ?? "", "w:val");
    if (basedOn !== undefined) entry.basedOn = basedOn;
    if (numPr) {
      const numId = attr(child(numPr, "w:numId") ?? "", "w:val");
      if (numId !== undefined) entry.numId = numId;
      entry.ilvl = Number(attr(child(numPr, "w:ilvl") ?? "", "w:val") ?? "0");
    }
    own.set(id, entry);
  }
  const out = new Map<string, { numId: string; ilvl: number }>();
  for (const id of own.keys()) {
    let cur: string | undefined = id;
    for (let hops = 0; cur !== undefined && hops < 20; hops++) {
      const e = own.get(cur);
      if (e?.numId !== undefined) {
        out.set(id, { numId: e.numId, ilvl: e.ilvl ?? 0 });
        break;
      }
      cur = e?.basedOn;
    }
  }
  return out;
}

const CN_DIGITS = "〇一二三四五六七八九";
function chinese(n: number): string {
  if (n <= 0) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  if (n < 100) return `${CN_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  return String(n);
}
function letters(n: number, upper: boolean): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return upper ? s.toUpperCase() : s;
}
function roman(n: number): string {
  const table: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let s = "";
  for (const [v, r] of table) for (; n >= v; n -= v) s += r;
  return s;
}

/** A number in a Word number format (ST_NumberFormat); unknown formats fall back to decimal. */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "chineseLegalSimplified":
    case "taiwaneseCounting":
    case "ideographDigital":
      return chinese(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "decimalEnclosedParen":
      return `(${n})`;
    case "upperLetter":
      return letters(n, true);
    case "lowerLetter":
      return letters(n, false);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "decimalFullWidth":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}

/**
 * Labels of the ordered-list paragraphs, in document order (bullets and unnumbered paragraphs are left
 * out, as mammoth leaves them out of its ordered lists), or null when the package has no numbering.
 */
export async function wordListLabels(zip: JSZip): Promise<string[] | null> {
  const numberingXml = await zip.file("word/numbering.xml")?.async("string");
  const documentXml = await zip.file("word/document.xml")?.async("string");
  if (!numberingXml || !documentXml) return null;
  const { abstracts, nums } = parseNumbering(numberingXml);
  const styles = parseStyles((await zip.file("word/styles.xml")?.async("string")) ?? "");
  // Counters follow Word: per abstract list, a deeper level restarts under each new higher item.
  const counters = new Map<string, number[]>();
  const startedNums = new Set<string>();
  const labels: string[] = [];
  // numbering.xml can also bind a level to a paragraph style (w:lvl/w:pStyle), which mammoth follows.
  const byLvlStyle = new Map<string, { numId: string; ilvl: number }>();
  for (const [numId, num] of nums)
    for (const [ilvl, lv] of abstracts.get(num.abstractId) ?? []) if (lv.pStyle && !byLvlStyle.has(lv.pStyle)) byLvlStyle.set(lv.pStyle, { numId, ilvl });
  const body = documentXml.replace(/<w:p\b[^>]*\/>/g, "");
  for (const p of body.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)) {
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p[1]!)?.[1] ?? "";
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(pPr)?.[1];
    let numId: string | undefined;
    let ilvl = 0;
    if (numPr) {
      numId = attr(child(numPr, "w:numId") ?? "", "w:val");
      ilvl = Number(attr(child(numPr, "w:ilvl") ?? "", "w:val") ?? "0");
    } else {
      const styleId = attr(child(pPr, "w:pStyle") ?? "", "w:val");
      const fromStyle = styleId !== undefined ? (styles.get(styleId) ?? byLvlStyle.get(styleId)) : undefined;
      if (fromStyle) ({ numId, ilvl } = fromStyle);
    }
    if (numId === undefined || numId === "0") continue;
    const num = nums.get(numId);
    const levels = num ? abstracts.get(num.abstractId) : undefined;
    const level = levels?.get(ilvl);
    if (!num || !levels || !level || level.numFmt === "bullet") continue;
    const c = counters.get(num.abstractId) ?? [];
    // A w:num with a start override restarts the list the first time it is used.
    if (!startedNums.has(numId)) {
      startedNums.add(numId);
      for (const [lv, s] of num.starts) c[lv] = s - 1;
    }
    const start = (lv: number): number => num.starts.get(lv) ?? levels.get(lv)?.start ?? 1;
    c[ilvl] = (c[ilvl] ?? start(ilvl) - 1) + 1;
    c.length = ilvl + 1; // deeper levels restart under this item
    counters.set(num.abstractId, c);
    const label = level.lvlText.replace(/%([1-9])/g, (_m, k: string) => {
      const lv = Number(k) - 1;
      return formatNumber(c[lv] ?? start(lv), levels.get(lv)?.numFmt ?? "decimal");
    });
    // numFmt "none" stays in (mammoth counts it as an ordered item), with whatever literal text it has.
    labels.push(label);
  }
  return labels;
}
