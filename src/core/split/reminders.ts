/**
 * 催报: who has not returned the current period. The rule: a unit is reminded when it was sent a file
 * for the period (a 分发记录 row) and no return is recorded for it and the period. Returns are recorded
 * by the collection command (a later issue), read from the master's `returns` sheet when present; until
 * then every unit sent a file counts as not returned.
 */
import type { ExportRecord } from "../workbook/exports";
import type { ReturnRecord } from "../workbook/returns";

export type { ReturnRecord } from "../workbook/returns";

export function unitsToRemind(
  units: readonly string[],
  exports: readonly ExportRecord[],
  returns: readonly ReturnRecord[],
  periodCode: string,
): { remind: string[]; notExported: string[] } {
  const sent = new Set(exports.filter((e) => e.period === periodCode).map((e) => e.unit));
  const back = new Set(returns.filter((r) => r.period === periodCode).map((r) => r.unit));
  return {
    remind: units.filter((u) => sent.has(u) && !back.has(u)),
    notExported: units.filter((u) => !sent.has(u)),
  };
}
