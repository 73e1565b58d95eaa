/**
 * Rule `attribution`: find who a task belongs to inside its text and cut it out.
 * Layouts: a bracket group starting with a label (`（牵头领导：…；牵头单位：…）`, `[牵头单位:…]`),
 * a prose bracket (`（X牵头，Y、Z配合）`), or bare labels after the text (`牵头单位：X。`, own lines).
 */
import { bracketPairs, OPEN_BRACKETS } from "../text/chars";
import { fieldOf, LABEL_RE, STARTS_WITH_LABEL, UNKNOWN_LABEL_RE, type LabelField } from "./labels";

export interface Attribution {
  fields: Record<LabelField, string[]>;
  unknown: { label: string; value: string }[];
}

export interface SplitTask {
  /** Task text with the attribution removed. */
  text: string;
  attribution: Attribution | null;
  /** Set when an attribution bracket opens but never closes; holds its first characters. */
  unclosed: string | null;
}

const emptyFields = (): Record<LabelField, string[]> => ({ leader: [], lead: [], responsible: [], deadline: [] });

const PROSE_RE =
  /^(?:由)?([^，,；;。：:]{2,80}?)(?:牵头负责|牵头|负责)(?:[，,；;、]\s*(.{2,200}?)(?:(?:等(?:单位|部门)?)?(?:配合|参与|协助|协办|共同负责|按职责分工负责)))?[。.]?$/;

/** Split `body` (a task's lines joined) into text and attribution. `boundaries` are offsets where a source line began. */
export function splitAttribution(body: string, boundaries: ReadonlySet<number> = new Set()): SplitTask {
  const groups: { start: number; end: number; content: string; prose: boolean }[] = [];
  let unclosed: string | null = null;
  const pairs = bracketPairs(body);
  for (let i = 0; i < body.length; i++) {
    if (!OPEN_BRACKETS.includes(body[i]!)) continue;
    const rest = body.slice(i + 1, i + 40);
    const close = pairs.get(i) ?? -1;
    if (STARTS_WITH_LABEL.test(rest)) {
      if (close < 0) {
        unclosed = body.slice(i, i + 12);
        groups.push({ start: i, end: body.length, content: body.slice(i + 1), prose: false });
        break;
      }
      groups.push({ start: i, end: close + 1, content: body.slice(i + 1, close), prose: false });
      i = close;
      continue;
    }
    // A prose group counts only at the very end of the task (after optional final 。).
    if (close > 0 && /^[\s。.；;]*$/.test(body.slice(close + 1))) {
      const content = body.slice(i + 1, close).trim();
      if (PROSE_RE.test(content) && !/[：:]/.test(content)) groups.push({ start: i, end: close + 1, content, prose: true });
    }
    if (close > 0) i = close;
  }

  if (groups.length > 0) {
    const attribution: Attribution = { fields: emptyFields(), unknown: [] };
    let text = "";
    let at = 0;
    for (const g of groups) {
      text += body.slice(at, g.start);
      at = g.end;
      if (g.prose) parseProse(g.content, attribution);
      else parseLabelled(g.content, attribution);
    }
    text += body.slice(at);
    return { text: tidyText(text), attribution, unclosed };
  }

  // Bare labels: the first known label that starts a sentence or a source line.
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(body); m; m = LABEL_RE.exec(body)) {
    const p = m.index;
    if (p === 0 || boundaries.has(p) || /[。；;\s]/.test(body[p - 1]!)) {
      const attribution: Attribution = { fields: emptyFields(), unknown: [] };
      parseLabelled(body.slice(p), attribution);
      return { text: tidyText(body.slice(0, p)), attribution, unclosed: null };
    }
  }
  return { text: tidyText(body), attribution: null, unclosed: null };
}

function tidyText(s: string): string {
  return s.trim();
}

/** `牵头领导：A、B；牵头单位：C；责任单位：D` → fields. Unknown `标签：` inside a value is cut off and reported. */
export function parseLabelled(content: string, into: Attribution): void {
  const hits: { label: string; start: number; end: number }[] = [];
  LABEL_RE.lastIndex = 0;
  for (let m = LABEL_RE.exec(content); m; m = LABEL_RE.exec(content)) {
    hits.push({ label: m[1]!, start: m.index, end: m.index + m[0].length });
  }
  const head = hits.length ? content.slice(0, hits[0]!.start) : content;
  collectUnknown(head, into);
  hits.forEach((h, k) => {
    const raw = content.slice(h.end, k + 1 < hits.length ? hits[k + 1]!.start : content.length);
    const value = cutUnknown(raw, into);
    const field = fieldOf(h.label);
    const clean = cleanValue(value);
    if (field && clean) into.fields[field].push(clean);
  });
}

function parseProse(content: string, into: Attribution): void {
  const m = PROSE_RE.exec(content);
  if (!m) return;
  into.fields.lead.push(cleanValue(m[1]!));
  if (m[2]) into.fields.responsible.push(cleanValue(m[2]));
}

/** Cut a value at an unknown `标签：` (after a separator) and report the rest. */
function cutUnknown(raw: string, into: Attribution): string {
  UNKNOWN_LABEL_RE.lastIndex = 0;
  const m = UNKNOWN_LABEL_RE.exec(raw);
  if (!m || m.index === 0) return raw;
  const rest = raw.slice(m.index + m[0].length);
  into.unknown.push({ label: m[1]!, value: cleanValue(rest) });
  return raw.slice(0, m.index);
}

function collectUnknown(head: string, into: Attribution): void {
  UNKNOWN_LABEL_RE.lastIndex = 0;
  const m = UNKNOWN_LABEL_RE.exec(head);
  if (m) into.unknown.push({ label: m[1]!, value: cleanValue(head.slice(m.index + m[0].length)) });
}

export function cleanValue(v: string): string {
  return v.replace(/^[\s；;，,。.、]+|[\s；;，,。.、]+$/g, "");
}
