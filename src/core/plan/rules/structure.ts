/**
 * Rule `structure`: walk the plan body into sections, sub-sections and raw tasks. Which numbering
 * level holds the tasks is decided per document: the level whose items carry attributions.
 * Levels above it are section and sub-section. Tables become tasks row by row.
 */
import type { SourceLine } from "../text/lines";
import { flatten, type Flat } from "../text/flatten";
import { splitAttribution, type Attribution, type SplitTask } from "./attribution";
import { LEVELS, levelRank, markerOf, type Level, type Marker } from "./markers";
import { cellsOf, headerOf, isSeparatorRow, type Column, type TableHeader } from "./table-rows";
import { standingRuleOf, mentionsFirstListedLead } from "./doc-rules";
import { TERMINAL } from "../text/chars";

export interface Heading {
  id: string;
  title: string;
  line: number;
  attribution: Attribution | null;
}

export interface RawTask {
  no: number | null;
  section: string | null;
  subsection: string | null;
  line: number;
  /** Lines of a task written as text (first line without its number). */
  lines: SourceLine[];
  /** Cells of a task written as a table row. */
  cells: Partial<Record<Column, string>> | null;
  /** Standing-rule unit lists in force for this task. */
  standing: string[];
}

export interface Structure {
  sections: (Heading & { subsections: Heading[] })[];
  tasks: RawTask[];
  firstListedLead: number | null;
  standingRules: { line: number; units: string }[];
  splits: SplitCache;
}

const FOOTER = /^(抄送|主送|印发|附件\s*\d*\s*[:：]?$|（此件|\(此件|此件)|\d{4}年\d{1,2}月\d{1,2}日印发$/;

interface Item {
  idx: number;
  marker: Marker | null;
  line: SourceLine;
}

export function walkStructure(all: SourceLine[], bodyStart: number): Structure {
  const firstListedLine = all.find((l) => mentionsFirstListedLead(l.text));
  const body: SourceLine[] = [];
  let numbered = false;
  for (let i = bodyStart; i < all.length; i++) {
    const l = all[i]!;
    // A footer (抄送, 印发, 附件2) ends the plan; before any numbered line it is only skipped (`附件` above the title).
    if (FOOTER.test(l.text)) {
      if (numbered) break;
      continue;
    }
    if (!numbered && (markerOf(l.text) || cellsOf(l.text))) numbered = true;
    if (l.text) body.push(l);
  }
  const standingRules: Structure["standingRules"] = [];
  const tableRows = new Map<number, string[]>();
  let header: TableHeader | null = null;
  const headers = new Map<number, TableHeader>();
  body.forEach((l, i) => {
    const cells = cellsOf(l.text);
    // A heading line between table rows (`一、主要预期目标`) does not end the table.
    if (!cells) return;
    const h = headerOf(cells);
    if (h) {
      header = h;
      headers.set(i, h);
      return;
    }
    if (header && !isSeparatorRow(cells)) tableRows.set(i, cells);
    if (header && isSeparatorRow(cells)) tableRows.set(i, []);
  });
  const hasTable = headers.size > 0;

  const items: Item[] = body.map((line, idx) => ({
    idx,
    line,
    marker: tableRows.has(idx) || headers.has(idx) || standingRuleOf(line.text) ? null : markerOf(line.text),
  }));
  // With tables, numbered paragraphs are tasks only when they carry attributions of their own.
  const splits: SplitCache = new Map();
  const taskLevel = chooseTaskLevel(items, !hasTable, splits);
  const above = LEVELS.filter(
    (lv) => (taskLevel === null || levelRank(lv) < levelRank(taskLevel)) && items.some((it) => it.marker?.level === lv),
  );
  const sectionLevel: Level | undefined = above[0];
  const subsectionLevel: Level | undefined = above[1];

  const sections: Structure["sections"] = [];
  const tasks: RawTask[] = [];
  let current: { kind: "section" | "subsection"; lines: SourceLine[]; marker: Marker } | { kind: "task"; task: RawTask } | null = null;
  const standing: string[] = [];
  let header2: TableHeader | null = null;

  const closeHeading = (): void => {
    if (current && current.kind !== "task") {
      const flat = flatten([{ ...current.lines[0]!, text: current.marker.rest }, ...current.lines.slice(1)]);
      const split = splitAttribution(flat.text, flat.boundaries);
      const h: Heading = { id: current.marker.id, title: headingTitle(split.text), line: current.lines[0]!.no, attribution: split.attribution };
      if (current.kind === "section") sections.push({ ...h, subsections: [] });
      else {
        const sec = sections[sections.length - 1];
        if (sec) sec.subsections.push(h);
        else sections.push({ ...h, id: "", subsections: [] });
      }
    }
  };
  const curSection = (): string | null => (sections.length ? sections[sections.length - 1]!.id || null : null);
  let subsectionOpen = false;
  const curSubsection = (): string | null => {
    const s = sections[sections.length - 1];
    return subsectionOpen && s && s.subsections.length ? s.subsections[s.subsections.length - 1]!.id : null;
  };

  // A page break can leave a line that starts like a marker (`赵\n\n六、张三`): when the previous line
  // stopped mid-sentence and the number is out of sequence, it is a continuation, not a marker.
  const lastNo = new Map<Level, number>();
  let prevText = "";
  const plausible = (m: Marker): boolean => {
    if (TERMINAL.test(prevText) || prevText === "") return true;
    const last = lastNo.get(m.level);
    return last === undefined ? m.no === 1 : m.no === last + 1 || m.no === 1;
  };

  for (const it of items) {
    const { line } = it;
    let marker = it.marker;
    if (marker && (marker.level === sectionLevel || marker.level === subsectionLevel || marker.level === taskLevel) && !plausible(marker)) {
      marker = null;
    }
    if (marker) {
      lastNo.set(marker.level, marker.no);
      // A new section restarts the numbering of the levels below it.
      for (const lv of LEVELS) if (levelRank(lv) > levelRank(marker.level) && lv !== taskLevel) lastNo.delete(lv);
    }
    // Only a task's own text can be cut by a page break into a false marker; headings end without 。.
    prevText = (marker && marker.level === taskLevel) || (!marker && current?.kind === "task") ? line.text : "";
    if (headers.has(it.idx)) {
      closeHeading();
      current = null;
      header2 = headers.get(it.idx)!;
      continue;
    }
    const rule = standingRuleOf(line.text);
    if (rule) {
      standing.push(rule);
      standingRules.push({ line: line.no, units: rule });
      continue;
    }
    if (firstListedLine && line.no === firstListedLine.no && !marker) continue;
    const cells = tableRows.get(it.idx);
    if (cells && header2) {
      if (cells.length === 0) continue;
      const task = tableTask(cells, header2, line, standing);
      if (task) {
        closeHeading();
        task.section = curSection();
        task.subsection = curSubsection();
        tasks.push(task);
        current = { kind: "task", task };
        continue;
      }
      const joined = cells.filter((c) => c).join("");
      const m = markerOf(joined);
      if (m && (m.level === sectionLevel || m.level === subsectionLevel)) {
        closeHeading();
        if (m.level === sectionLevel) subsectionOpen = false;
        else subsectionOpen = true;
        current = { kind: m.level === sectionLevel ? "section" : "subsection", lines: [{ ...line, text: joined }], marker: m };
        closeHeading();
        current = null;
        continue;
      }
      if (current?.kind === "task" && current.task.cells) appendCells(current.task.cells, cells, header2);
      continue;
    }
    if (marker && marker.level === sectionLevel) {
      closeHeading();
      subsectionOpen = false;
      current = { kind: "section", lines: [line], marker };
      continue;
    }
    if (marker && marker.level === subsectionLevel) {
      closeHeading();
      subsectionOpen = true;
      current = { kind: "subsection", lines: [line], marker };
      continue;
    }
    if (marker && marker.level === taskLevel) {
      closeHeading();
      const task: RawTask = {
        no: marker.no,
        section: curSection(),
        subsection: curSubsection(),
        line: line.no,
        lines: [{ ...line, text: marker.rest }],
        cells: null,
        standing: [...standing],
      };
      tasks.push(task);
      current = { kind: "task", task };
      continue;
    }
    if (!current) continue;
    if (current.kind === "task") {
      if (!current.task.cells) current.task.lines.push(line);
    } else current.lines.push(line);
  }
  closeHeading();
  return { sections, tasks, firstListedLead: firstListedLine?.no ?? null, standingRules, splits };
}

/** The level whose items' own text carries the most attributions; ties go to the higher level. */
/** The attribution split of each numbered item's own text, keyed by its first line; reused for tasks. */
export type SplitCache = Map<number, { lines: number; flat: Flat; split: SplitTask }>;

function chooseTaskLevel(items: Item[], fallback: boolean, cache: SplitCache): Level | null {
  // Whether each numbered item's own text (up to the next numbered line of any level) has an attribution.
  const counts = new Map<Level, number>();
  for (let i = 0; i < items.length; i++) {
    const m = items[i]!.marker;
    if (!m) continue;
    const lines: SourceLine[] = [{ ...items[i]!.line, text: m.rest }];
    for (let j = i + 1; j < items.length && !items[j]!.marker; j++) lines.push(items[j]!.line);
    const flat = flatten(lines);
    const split = splitAttribution(flat.text, flat.boundaries);
    cache.set(items[i]!.line.no, { lines: lines.length, flat, split });
    if (split.attribution) counts.set(m.level, (counts.get(m.level) ?? 0) + 1);
  }
  let best: Level | null = null;
  let bestCount = 0;
  for (const lv of LEVELS) {
    const count = counts.get(lv) ?? 0;
    if (count > bestCount) {
      best = lv;
      bestCount = count;
    }
  }
  if (best || !fallback) return best;
  for (const lv of ["num", "numParen", "circled"] as const) if (items.some((it) => it.marker?.level === lv)) return lv;
  return null;
}

function headingTitle(text: string): string {
  const t = text.trim();
  // `（二）科技创新人才行动计划。围绕……实施如下重点项目：` → the phrase before the first full stop.
  const stop = t.search(/[。：:]/);
  const title = stop > 0 ? t.slice(0, stop) : t;
  return title.replace(/[。.，,；;：:\s]+$/, "");
}

function tableTask(cells: string[], h: TableHeader, line: SourceLine, standing: string[]): RawTask | null {
  const get = (c: Column): string => (h[c] === undefined ? "" : (cells[h[c]!] ?? "").trim());
  const noText = get("no");
  const no = /^\d{1,4}[.、]?$/.test(noText) ? parseInt(noText, 10) : null;
  const text = get("task");
  if (no === null && !(h.no === undefined && text && (get("lead") || get("responsible")))) return null;
  const out: Partial<Record<Column, string>> = {};
  for (const c of ["task", "leader", "lead", "responsible", "deadline"] as const) out[c] = blankDash(get(c));
  return { no, section: null, subsection: null, line: line.no, lines: [], cells: out, standing: [...standing] };
}

function appendCells(into: Partial<Record<Column, string>>, cells: string[], h: TableHeader): void {
  for (const c of ["task", "leader", "lead", "responsible", "deadline"] as const) {
    const i = h[c];
    const v = i === undefined ? "" : blankDash(cells[i] ?? "");
    if (v) into[c] = (into[c] ?? "") + v;
  }
}

const blankDash = (s: string): string => (/^[-—–/／无\s]*$/.test(s) ? "" : s);
