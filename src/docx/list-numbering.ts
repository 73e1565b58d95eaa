/**
 * Rebuild Word's automatic list numbers, which mammoth drops (it writes `<ol><li>` without the number).
 *
 * This runs as mammoth's `transformDocument` on its document model (pinned mammoth 1.13.0; the model
 * is "unstable" per its README) because the HTML has lost what we need: mammoth closes the `<ol>` at
 * every non-list paragraph, so the HTML cannot tell a list that continues after a note or a heading
 * from one that restarts.
 *
 * What we do, in document order (table cells included):
 * - An ordered list paragraph gets `N. ` in front of its text, at every level.
 * - Counters belong to a list level. mammoth gives every paragraph of the same abstract list level the
 *   same `numbering` object, so counting per object makes a list continue across other paragraphs,
 *   tables and headings, as Word does for paragraphs that share a list.
 * - A paragraph at level k resets the counters of the deeper levels seen below it (1. a. b. 2. a.).
 * - Text that already starts with a number (`3.` `12、` `（一）` `一、` `(2)` `第三条`) is left alone —
 *   typed numbers in an auto-numbered paragraph — but still counts.
 * - Bullets (`<ul>`) get no prefix.
 * Word's own labels: mammoth does not expose w:numId, w:lvlText or w:start, so `word-numbering.ts` reads
 * numbering.xml, styles.xml and document.xml itself and renders each ordered paragraph's label
 * (`一、`, `（一）`, `1.`, start overrides honoured). They are used when their count equals mammoth's
 * ordered paragraphs one to one; otherwise (text boxes, unusual packages) we fall back to plain `N.`
 * counted as described above.
 */

/** The parts of mammoth's document model this file reads. */
interface DocElement {
  readonly type: string;
  readonly children?: readonly DocElement[];
  readonly value?: string;
  readonly numbering?: { readonly isOrdered: boolean; readonly level: string } | null;
}

/** A number a list item may already carry: `12.` `3、` `4)` `（一）` `(2)` `一、` `第三条` (not `1.5亿元`). */
const TYPED_NUMBER =
  /^(?:[0-9０-９]+\s*(?:[.．](?![0-9０-９])|[、)）])|[（(]\s*[0-9０-９一二三四五六七八九十百]+\s*[)）]|[一二三四五六七八九十百]+\s*[、.．]|第[一二三四五六七八九十百0-9]+[章节条部分])/;

/** mammoth `transformDocument`: prefix ordered list paragraphs with their rebuilt number. */
export function numberListParagraphs<T>(document: T, wordLabels: readonly string[] | null = null): T {
  // Word's own labels (word-numbering.ts) when they line up one to one with mammoth's ordered paragraphs.
  const labels = wordLabels !== null && wordLabels.length === countOrdered(document as DocElement) ? wordLabels : null;
  let labelIndex = 0;
  const counters = new Map<object, number>();
  const deeper = new Map<object, Set<object>>();
  let path: object[] = []; // level objects of the latest numbered paragraph, by depth

  function number(p: DocElement): DocElement {
    const numbering = p.numbering;
    if (!numbering || !numbering.isOrdered) return p;
    const level = Math.max(0, Number.parseInt(numbering.level, 10) || 0);
    const parent = path[level - 1];
    if (level > 0 && parent) {
      const set = deeper.get(parent) ?? new Set<object>();
      set.add(numbering);
      deeper.set(parent, set);
    }
    path = [...path.slice(0, level), numbering];
    const n = (counters.get(numbering) ?? 0) + 1;
    counters.set(numbering, n);
    resetBelow(numbering, new Set());
    const label = labels ? labels[labelIndex++]! : `${n}.`;
    if (TYPED_NUMBER.test(textOf(p).trimStart()) || !label.trim()) return p;
    const prefix = /[.．]$/.test(label) ? `${label} ` : label;
    return { ...p, children: [{ type: "text", value: prefix }, ...(p.children ?? [])] };
  }

  function resetBelow(level: object, seen: Set<object>): void {
    for (const child of deeper.get(level) ?? []) {
      if (seen.has(child)) continue; // malformed numbering can link levels in a cycle
      seen.add(child);
      counters.set(child, 0);
      resetBelow(child, seen);
    }
  }

  function walk(element: DocElement): DocElement {
    const numbered = element.type === "paragraph" ? number(element) : element;
    return numbered.children ? { ...numbered, children: numbered.children.map(walk) } : numbered;
  }

  return walk(document as DocElement) as T;
}

function countOrdered(element: DocElement): number {
  const own = element.type === "paragraph" && element.numbering?.isOrdered ? 1 : 0;
  return own + (element.children ?? []).reduce((n, c) => n + countOrdered(c), 0);
}

function textOf(element: DocElement): string {
  if (element.type === "text") return element.value ?? "";
  return (element.children ?? []).map(textOf).join("");
}
