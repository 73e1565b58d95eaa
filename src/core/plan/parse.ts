/**
 * `parsePlan`: plan text → Plan + diagnostics. Never throws on bad text. The rules run in order:
 * normalize → meta → structure (markers, tables, doc rules) → attribution → units → leaders →
 * targets → deadlines → numbering → assemble. Each rule is a small file under this folder.
 */
import { DEFAULT_LANG, type Lang } from "../i18n/lang";
import { renderDiagnostic, type RawDiagnostic } from "./diagnostics";
import { contentHash } from "./hash";
import { splitLeaders, type LeaderRef } from "./leaders/split-leaders";
import { splitAttribution, type Attribution } from "./rules/attribution";
import { extractMeta } from "./rules/meta";
import { walkStructure, type RawTask, type SplitCache } from "./rules/structure";
import { checkNumbering, assignIds } from "./rules/numbering";
import type { Leader, Plan, Task } from "./schema";
import { findDeadlineInText, parseDeadline } from "./targets/parse-deadline";
import { extractTargets } from "./targets/extract-targets";
import { TERMINAL } from "./text/chars";
import { flatten, lineAt } from "./text/flatten";
import { toLines } from "./text/lines";
import { misreadingsOf, suspectsIn } from "./units/ocr-confusions";
import { splitUnitListWritten, type WrittenUnit } from "./units/split-unit-list";
import { memoizeList } from "./memo";
import { buildUnitIndex, type UnitMention } from "./units/unit-index";

/** Unit and leader lists repeat across a plan (`区直有关部门单位，各乡镇人民政府、街道办事处`): split each once. */
const splitUnits = memoizeList(splitUnitListWritten);
const splitLeadersMemo = memoizeList(splitLeaders);

export interface ParseOptions {
  /** Language of diagnostic messages; zh-CN by default. */
  lang?: Lang;
}

interface WorkTask {
  raw: RawTask;
  text: string;
  leaders: LeaderRef[];
  lead: WrittenUnit[];
  responsible: WrittenUnit[];
  deadlineText: string | null;
  hasAttribution: boolean;
}

export function parsePlan(input: string, options: ParseOptions = {}): Plan {
  const lang = options.lang ?? DEFAULT_LANG;
  const diags: RawDiagnostic[] = [];
  const lines = toLines(input);
  const meta = extractMeta(lines);
  const placeShort = meta.place ? (meta.place.length > 2 ? meta.place.slice(0, -1) : meta.place) : null;
  const misreadings = placeShort ? misreadingsOf(placeShort) : [];
  const structure = walkStructure(lines, meta.bodyStart);

  if (structure.firstListedLead !== null) diags.push({ code: "first-listed-lead", line: structure.firstListedLead, params: {} });
  for (const r of structure.standingRules) diags.push({ code: "standing-rule", line: r.line, params: { unit: r.units } });

  const headingAttr = new Map<string, Attribution>();
  for (const s of structure.sections) {
    if (s.attribution) headingAttr.set(`${s.id}|`, s.attribution);
    for (const sub of s.subsections) if (sub.attribution) headingAttr.set(`${s.id}|${sub.id}`, sub.attribution);
  }

  const work: WorkTask[] = structure.tasks.map((raw, k) => readTask(raw, k === structure.tasks.length - 1, diags, structure.splits));
  const ids = assignIds(structure.tasks);
  diags.push(...checkNumbering(structure.tasks));

  const mentions: UnitMention[] = [];
  work.forEach((w, k) => {
    const id = ids[k]!;
    if (w.lead.length === 0) {
      // Inherit from the sub-section or section heading when the task itself names no lead unit.
      const inherited = headingAttr.get(`${w.raw.section}|${w.raw.subsection ?? ""}`) ?? headingAttr.get(`${w.raw.section}|`);
      if (inherited) {
        w.lead = inherited.fields.lead.flatMap(splitUnits);
        if (w.responsible.length === 0) w.responsible = inherited.fields.responsible.flatMap(splitUnits);
        if (w.leaders.length === 0) w.leaders = inherited.fields.leader.flatMap(splitLeaders);
      }
    }
    // `责任单位：市发展改革委（牵头）、市财政局` marks the lead inside the list.
    const marked = w.responsible.filter((u) => u.lead);
    if (marked.length > 0) {
      w.lead = [...w.lead, ...marked.filter((u) => !w.lead.some((l) => l.name === u.name))];
      w.responsible = w.responsible.filter((u) => !u.lead);
    }
    if (w.lead.length === 0 && structure.firstListedLead !== null && w.responsible.length > 0) {
      w.lead = w.responsible.slice(0, 1);
      w.responsible = w.responsible.slice(1);
    }
    const has = (list: WrittenUnit[], u: WrittenUnit): boolean => list.some((x) => x.name === u.name);
    for (const rule of w.raw.standing) for (const u of splitUnits(rule)) if (!has(w.responsible, u) && !has(w.lead, u)) w.responsible.push(u);
    w.responsible = w.responsible.filter((u) => !has(w.lead, u));
    if (w.lead.length === 0) diags.push({ code: "task-no-lead-unit", line: w.raw.line, params: { task: id } });
    for (const u of w.lead) mentions.push({ ...u, line: w.raw.line, taskId: id, role: "lead" });
    for (const u of w.responsible) mentions.push({ ...u, line: w.raw.line, taskId: id, role: "responsible" });
    for (const s of suspectsIn(w.text, misreadings)) {
      const snippet = w.text.slice(Math.max(0, s.index - 4), s.index + s.char.length + 4);
      diags.push({ code: "ocr-suspect-text", line: w.raw.line, params: { task: id, char: s.char, expected: s.expected, snippet } });
    }
  });
  if (work.some((w) => w.leaders.length > 0)) {
    work.forEach((w, k) => {
      if (w.leaders.length === 0) diags.push({ code: "task-no-leader", line: w.raw.line, params: { task: ids[k]! } });
    });
  }

  const index = buildUnitIndex(mentions, placeShort);
  diags.push(...index.diagnostics);
  const canon = (u: string): string => index.canonical.get(u) ?? u;
  const dedupe = (xs: string[]): string[] => [...new Set(xs)];

  const tasks: Task[] = work.map((w, k) => {
    const leadUnits = dedupe(w.lead.map((u) => canon(u.name)));
    return {
      id: ids[k]!,
      no: w.raw.no,
      section: w.raw.section,
      subsection: w.raw.subsection,
      text: w.text,
      leaders: w.leaders.map((l) => l.name),
      leadUnits,
      responsibleUnits: dedupe(w.responsible.map((u) => canon(u.name))).filter((u) => !leadUnits.includes(u)),
      targets: extractTargets(w.text),
      deadline: w.deadlineText ? parseDeadline(w.deadlineText, meta.year) : null,
      deadlineText: w.deadlineText,
      line: w.raw.line,
    };
  });
  if (tasks.length === 0) diags.push({ code: "no-tasks", line: null, params: {} });

  const leaders: Leader[] = [];
  work.forEach((w, k) => {
    for (const l of w.leaders) {
      let entry = leaders.find((x) => x.name === l.name);
      if (!entry) leaders.push((entry = { name: l.name, kind: l.kind, tasks: [] }));
      if (!entry.tasks.includes(ids[k]!)) entry.tasks.push(ids[k]!);
    }
  });

  const planId = contentHash(
    JSON.stringify([meta.title, meta.docNumber, tasks.map((t) => [t.id, t.text, t.leaders, t.leadUnits, t.responsibleUnits])]),
  );
  const diagnostics = diags
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || a.i - b.i)
    .map(({ d }) => renderDiagnostic(d, lang));
  return {
    meta: {
      title: meta.title,
      docNumber: meta.docNumber,
      issuer: meta.issuer,
      date: meta.date,
      year: meta.year,
      place: meta.place,
      planId,
    },
    sections: structure.sections.map((s) => ({
      id: s.id,
      title: s.title,
      line: s.line,
      subsections: s.subsections.map((x) => ({ id: x.id, title: x.title, line: x.line })),
    })),
    tasks,
    leaders,
    units: index.units,
    diagnostics,
  };
}

function readTask(raw: RawTask, isLast: boolean, diags: RawDiagnostic[], splits: SplitCache): WorkTask {
  const label = raw.no === null ? `(${raw.line})` : String(raw.no);
  if (raw.cells) {
    const c = raw.cells;
    return {
      raw,
      text: (c.task ?? "").trim(),
      leaders: splitLeadersMemo(c.leader ?? ""),
      lead: splitUnits(c.lead ?? ""),
      responsible: splitUnits(c.responsible ?? ""),
      deadlineText: c.deadline?.trim() || null,
      hasAttribution: true,
    };
  }
  const cached = splits.get(raw.line);
  const flat = cached && cached.lines === raw.lines.length ? cached.flat : flatten(raw.lines);
  for (const j of flat.joins) diags.push({ code: "line-joined", line: j.line, params: { before: j.before, after: j.after } });
  const split = cached && cached.flat === flat ? cached.split : splitAttribution(flat.text, flat.boundaries);
  const a = split.attribution;
  if (split.unclosed) {
    const at = flat.text.indexOf(split.unclosed);
    diags.push({ code: "attribution-unclosed", line: lineAt(flat, Math.max(0, at)), params: { task: label, start: split.unclosed } });
  }
  for (const u of a?.unknown ?? []) diags.push({ code: "label-unknown", line: raw.line, params: { task: label, label: u.label, value: u.value } });
  if (isLast && (split.unclosed || (!a && !TERMINAL.test(split.text)))) {
    diags.push({ code: "task-truncated", line: raw.lines[raw.lines.length - 1]?.no ?? raw.line, params: { task: label } });
  }
  const deadlineText = a?.fields.deadline[0] ?? findDeadlineInText(split.text);
  return {
    raw,
    text: split.text,
    leaders: (a?.fields.leader ?? []).flatMap(splitLeadersMemo),
    lead: (a?.fields.lead ?? []).flatMap(splitUnits),
    responsible: (a?.fields.responsible ?? []).flatMap(splitUnits),
    deadlineText: deadlineText ?? null,
    hasAttribution: a !== null,
  };
}
