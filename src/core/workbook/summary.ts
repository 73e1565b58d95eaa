/**
 * The figures of 汇总, computed in the core from the ledger and the reported rows. The workbook's live
 * COUNTIFS formulas must recompute to exactly these numbers (checked through LibreOffice in the tests).
 */
import type { StatusCode } from "./codes";
import type { Ledger } from "./ledger";
import type { ProgressByKey } from "./progress";
import type { LightThresholds } from "./thresholds";

export interface SummaryLine {
  name: string;
  /** Rows as lead / as co-unit (units only). */
  lead: number | null;
  co: number | null;
  /** Rows (units) or tasks (leaders, sections). */
  total: number;
  notStarted: number;
  onTrack: number;
  lagging: number;
  done: number;
  unreported: number;
  /** done / total, 0 when total is 0. */
  doneRate: number;
  /** Rows not done whose reported percent is `yellow` or more points behind the schedule (units only). */
  behind: number | null;
  /** Not done and past the deadline at the end of the period. */
  overdue: number;
}

export interface Summary {
  units: SummaryLine[];
  unitTotal: SummaryLine;
  /** A collective expanded to its members: the sum of its members' lines (not part of the unit totals). */
  groups: (SummaryLine & { members: string[] })[];
  leaders: SummaryLine[];
  sections: SummaryLine[];
  sectionTotal: SummaryLine;
}

interface Item {
  status: StatusCode | null;
  percent: number | null;
  deadline: string;
  role: "lead" | "co" | null;
}

function line(name: string, items: Item[], withRoles: boolean, behindAtMost: number, periodEnd: string): SummaryLine {
  const count = (s: StatusCode): number => items.filter((i) => i.status === s).length;
  const done = count("done");
  const byStatus = { notStarted: count("not-started"), onTrack: count("on-track"), lagging: count("lagging"), done };
  const total = items.length;
  return {
    name,
    lead: withRoles ? items.filter((i) => i.role === "lead").length : null,
    co: withRoles ? items.filter((i) => i.role === "co").length : null,
    total,
    ...byStatus,
    unreported: total - byStatus.notStarted - byStatus.onTrack - byStatus.lagging - done,
    doneRate: total === 0 ? 0 : done / total,
    behind: withRoles ? items.filter((i) => i.status !== "done" && i.percent !== null && i.percent <= behindAtMost).length : null,
    overdue: items.filter((i) => i.status !== "done" && i.deadline < periodEnd).length,
  };
}

function totalOf(name: string, lines: SummaryLine[], withRoles: boolean): SummaryLine {
  const sum = (f: (l: SummaryLine) => number | null): number => lines.reduce((a, l) => a + (f(l) ?? 0), 0);
  const total = sum((l) => l.total);
  const done = sum((l) => l.done);
  return {
    name,
    lead: withRoles ? sum((l) => l.lead) : null,
    co: withRoles ? sum((l) => l.co) : null,
    total,
    notStarted: sum((l) => l.notStarted),
    onTrack: sum((l) => l.onTrack),
    lagging: sum((l) => l.lagging),
    done,
    unreported: sum((l) => l.unreported),
    doneRate: total === 0 ? 0 : done / total,
    behind: withRoles ? sum((l) => l.behind) : null,
    overdue: sum((l) => l.overdue),
  };
}

/** Compute 汇总 for a period ending `periodEnd` with schedule-to-date `schedule` (percent points). */
export function computeSummary(
  ledger: Ledger,
  progress: ProgressByKey,
  p: { schedule: number; periodEnd: string; thresholds: LightThresholds; totalsLabel: string },
): Summary {
  const behindAtMost = behindAtMostOf(p.schedule, p.thresholds);
  const taskById = new Map(ledger.tasks.map((t) => [t.id, t]));
  const rowsByUnit = new Map<string, Item[]>();
  for (const a of ledger.assignments) {
    const v = progress.get(a.key);
    const item: Item = { status: v?.status ?? null, percent: v?.percent ?? null, deadline: taskById.get(a.taskId)?.deadline ?? "9999-12-31", role: a.role };
    const list = rowsByUnit.get(a.unit);
    if (list) list.push(item);
    else rowsByUnit.set(a.unit, [item]);
  }
  const units = ledger.units.filter((u) => !u.expanded).map((u) => line(u.name, rowsByUnit.get(u.name) ?? [], true, behindAtMost, p.periodEnd));

  const taskItem = (id: string): Item => {
    const t = taskById.get(id);
    const v = t && t.leadKey !== null ? progress.get(t.leadKey) : undefined;
    return { status: v?.status ?? null, percent: v?.percent ?? null, deadline: t?.deadline ?? "9999-12-31", role: null };
  };
  const leaders = ledger.leaders.map((l) => line(l.name, l.taskIds.map(taskItem), false, behindAtMost, p.periodEnd));
  const sections = ledger.sections.map((s) =>
    line(
      s,
      ledger.tasks.filter((t) => t.section === s).map((t) => taskItem(t.id)),
      false,
      behindAtMost,
      p.periodEnd,
    ),
  );
  const lineOf = new Map(units.map((u) => [u.name, u]));
  const groups = ledger.units
    .filter((u) => u.expanded)
    .map((g) => {
      const members = g.members.filter((m) => lineOf.has(m));
      return { ...totalOf(g.name, members.map((m) => lineOf.get(m)!), true), members };
    });
  return {
    units,
    unitTotal: totalOf(p.totalsLabel, units, true),
    groups,
    leaders,
    sections,
    sectionTotal: totalOf(p.totalsLabel, sections, false),
  };
}

/** A row is behind the schedule (yellow or worse) when its percent is at most this: schedule minus the yellow threshold. */
export function behindAtMostOf(schedule: number, t: LightThresholds): number {
  return Math.round((schedule - t.yellow) * 100) / 100;
}
