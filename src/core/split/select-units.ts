/**
 * Which units get a file: every unit with at least one 进度 row, in the order of 单位; `--units` narrows
 * that down. Names are matched as the ledger matches them (width, spaces, aliases); a collective whose
 * members are listed stands for its members.
 */
import type { Ledger } from "../workbook/ledger";
import { unitMatchKey } from "../units-directory/directory";
import { closeNames } from "./suggest";

export interface SplitTarget {
  unit: string;
  rows: number;
  lead: number;
  co: number;
  email: string | null;
  contact: string | null;
  /** A collective the directory lists no members for: its one file goes to the collective itself. */
  collectiveWithoutMembers: boolean;
}

export type SelectProblem = { code: "unit-unknown"; name: string; suggestions: string[] } | { code: "unit-no-rows"; name: string };

/** The units to split to; problems are for names in `requested` that cannot be served. */
export function selectUnits(ledger: Ledger, requested: readonly string[] | null): { targets: SplitTarget[]; problems: SelectProblem[] } {
  const counts = new Map<string, { lead: number; co: number }>();
  for (const a of ledger.assignments) {
    const c = counts.get(a.unit) ?? { lead: 0, co: 0 };
    c[a.role]++;
    counts.set(a.unit, c);
  }
  const all: SplitTarget[] = ledger.units.flatMap((u) => {
    const c = counts.get(u.name);
    if (!c) return [];
    return [{ unit: u.name, rows: c.lead + c.co, lead: c.lead, co: c.co, email: u.email, contact: u.contact, collectiveWithoutMembers: u.kind === "collective" && !u.expanded }];
  });
  if (requested === null) return { targets: all, problems: [] };

  const byKey = new Map<string, string>();
  for (const u of ledger.units) for (const n of [u.name, ...u.aliases]) byKey.set(unitMatchKey(n), u.name);
  const wanted = new Set<string>();
  const problems: SelectProblem[] = [];
  for (const name of requested) {
    const unit = byKey.get(unitMatchKey(name));
    const lu = ledger.units.find((u) => u.name === unit);
    if (!unit || !lu) {
      problems.push({ code: "unit-unknown", name, suggestions: closeNames(name, ledger.units.map((u) => u.name)) });
      continue;
    }
    const members = lu.expanded ? lu.members.filter((m) => counts.has(m)) : [];
    if (members.length > 0) members.forEach((m) => wanted.add(m));
    else if (counts.has(unit)) wanted.add(unit);
    else problems.push({ code: "unit-no-rows", name });
  }
  return { targets: all.filter((t) => wanted.has(t.unit)), problems };
}
