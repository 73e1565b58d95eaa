/**
 * The ledger model: the plan normalised into what the workbook shows — tasks with resolved sections and
 * deadlines, units with contacts, and assignments (task, unit, role) with collectives expanded to the
 * members the office listed. Keys `task|unit|role` are stable across rebuilds and languages.
 */
import type { Plan, Target, UnitKind } from "../plan/schema";
import { unitMatchKey, type UnitContact, type UnitsDirectory } from "../units-directory/directory";
import type { RoleCode } from "./codes";
import { cellText } from "./text";

export interface LedgerTask {
  id: string;
  /** What 序号 shows: the task number when it has one, else the id. */
  no: number | string;
  section: string;
  subsection: string | null;
  text: string;
  leaders: string[];
  leadUnits: string[];
  coUnits: string[];
  targets: Target[];
  /** `YYYY-MM-DD`; the end of the plan year when the plan gives none. */
  deadline: string;
  /** Key of the lead unit's row, whose status is the task's status; null when the task has no lead unit. */
  leadKey: string | null;
}

export interface Assignment {
  key: string;
  taskId: string;
  unit: string;
  role: RoleCode;
  /** The collective this row was expanded from, e.g. `各乡镇人民政府、街道办事处`. */
  group: string | null;
}

export interface LedgerUnit {
  name: string;
  kind: UnitKind;
  aliases: string[];
  leadCount: number;
  coCount: number;
  contact: string | null;
  phone: string | null;
  email: string | null;
  members: string[];
  /** A collective whose rows were expanded to its members: listed on 单位, not counted in 汇总. */
  expanded: boolean;
}

export interface Ledger {
  tasks: LedgerTask[];
  assignments: Assignment[];
  units: LedgerUnit[];
  leaders: { name: string; taskIds: string[] }[];
  /** Section titles in plan order (tasks without one get `noSectionLabel`). */
  sections: string[];
}

export function assignmentKey(taskId: string, unit: string, role: RoleCode): string {
  return `${taskId}|${unit}|${role}`;
}

/** Build the ledger. `noSectionLabel` names the group of tasks that sit outside any section. */
export function buildLedger(plan: Plan, directory: UnitsDirectory, opts: { defaultDeadline: string; noSectionLabel: string }): Ledger {
  const contactByKey = new Map<string, UnitContact>();
  for (const c of directory.units) contactByKey.set(unitMatchKey(c.name), c);
  const contactOf = (name: string, aliases: readonly string[] = []): UnitContact | undefined => {
    for (const n of [name, ...aliases]) {
      const c = contactByKey.get(unitMatchKey(n));
      if (c) return c;
    }
    return undefined;
  };
  const planUnit = new Map(plan.units.map((u) => [u.name, u]));

  const sectionTitle = (id: string | null): string => {
    if (id === null) return opts.noSectionLabel;
    const s = plan.sections.find((x) => x.id === id || x.title === id);
    return s ? s.title : id;
  };
  const subsectionTitle = (secId: string | null, id: string | null): string | null => {
    if (id === null) return null;
    for (const s of plan.sections) {
      if (secId !== null && s.id !== secId && s.title !== secId) continue;
      const sub = s.subsections.find((x) => x.id === id || x.title === id);
      if (sub) return sub.title;
    }
    return id;
  };

  const assignments: Assignment[] = [];
  const tasks: LedgerTask[] = [];
  for (const t of plan.tasks) {
    const taken = new Set<string>();
    const rows: Assignment[] = [];
    const add = (unit: string, role: RoleCode, group: string | null): void => {
      if (taken.has(unit)) return; // a unit that leads a task does not also co-operate on it
      taken.add(unit);
      rows.push({ key: assignmentKey(t.id, unit, role), taskId: t.id, unit, role, group });
    };
    const expand = (unit: string, role: RoleCode): void => {
      const members = contactOf(unit, planUnit.get(unit)?.aliases)?.members ?? [];
      if (members.length > 0) for (const m of members) add(m, role, unit);
      else add(unit, role, null);
    };
    for (const u of t.leadUnits) expand(u, "lead");
    for (const u of t.responsibleUnits) expand(u, "co");
    assignments.push(...rows);
    const isNumeric = t.no !== null && String(t.no) === t.id;
    tasks.push({
      id: t.id,
      no: isNumeric && t.no !== null ? t.no : t.id,
      section: sectionTitle(t.section),
      subsection: subsectionTitle(t.section, t.subsection),
      text: cellText(t.text),
      leaders: t.leaders,
      leadUnits: t.leadUnits,
      coUnits: t.responsibleUnits,
      targets: t.targets,
      deadline: t.deadline ?? opts.defaultDeadline,
      leadKey: rows.find((r) => r.role === "lead")?.key ?? null,
    });
  }

  // Units: plan order; an expanded collective stays (it lists its members) and its members follow it.
  const unitNames: string[] = [];
  const seen = new Set<string>();
  const push = (n: string): void => {
    if (!seen.has(n)) {
      seen.add(n);
      unitNames.push(n);
    }
  };
  const expanded = new Set<string>();
  for (const u of plan.units) {
    push(u.name);
    const members = contactOf(u.name, u.aliases)?.members ?? [];
    if (members.length > 0) {
      expanded.add(u.name);
      members.forEach(push);
    }
  }
  for (const a of assignments) push(a.unit);
  const units: LedgerUnit[] = unitNames.map((name) => {
    const pu = planUnit.get(name);
    const c = contactOf(name, pu?.aliases);
    const isExpanded = expanded.has(name);
    // An expanded collective counts the tasks it was named on, once each.
    const mine = isExpanded ? assignments.filter((a) => a.group === name) : assignments.filter((a) => a.unit === name);
    const tasksAs = (role: RoleCode): number => new Set(mine.filter((a) => a.role === role).map((a) => a.taskId)).size;
    return {
      name,
      kind: pu?.kind ?? "other",
      aliases: pu?.aliases ?? [],
      leadCount: tasksAs("lead"),
      coCount: tasksAs("co"),
      expanded: isExpanded,
      contact: c?.contact ?? null,
      phone: c?.phone ?? null,
      email: c?.email ?? null,
      members: c?.members ?? [],
    };
  });

  const leaderNames: string[] = [];
  for (const l of plan.leaders) if (!leaderNames.includes(l.name)) leaderNames.push(l.name);
  for (const t of plan.tasks) for (const l of t.leaders) if (!leaderNames.includes(l)) leaderNames.push(l);
  const leaders = leaderNames.map((name) => ({ name, taskIds: plan.tasks.filter((t) => t.leaders.includes(name)).map((t) => t.id) }));

  const sections: string[] = [];
  for (const t of tasks) if (!sections.includes(t.section)) sections.push(t.section);
  return { tasks, assignments, units, leaders, sections };
}
