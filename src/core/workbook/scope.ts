/**
 * A per-unit workbook is the master's builder with a unit scope: the same ledger, cut down to one unit's
 * rows (lead rows first), so every validation, format and formula is the master's own.
 */
import type { Ledger } from "./ledger";

/** Which unit a per-unit workbook is for, and the id of this export. */
export interface UnitScope {
  unit: string;
  exportId: string;
}

/** The ledger as one unit sees it: its rows (lead first, plan order within each role), their tasks, itself. */
export function scopeLedger(ledger: Ledger, unit: string): Ledger {
  const mine = ledger.assignments.filter((a) => a.unit === unit);
  const assignments = [...mine.filter((a) => a.role === "lead"), ...mine.filter((a) => a.role === "co")];
  const taskIds = new Set(assignments.map((a) => a.taskId));
  const tasks = ledger.tasks.filter((t) => taskIds.has(t.id));
  const units = ledger.units.filter((u) => u.name === unit).map((u) => ({ ...u, expanded: false }));
  const sections = ledger.sections.filter((s) => tasks.some((t) => t.section === s));
  // Leaders are left out: a unit's file has no per-leader block, and counts of others' tasks would mislead.
  return { tasks, assignments, units, leaders: [], sections };
}
