/** The COUNTIFS formulas of 汇总 and 领导. Each mirrors one field of `computeSummary`. */
import { absRange, quoteText } from "../a1";
import { PROGRESS_COLUMNS, TASK_COLUMNS, colOf, type StatusCode } from "../codes";
import type { BuildContext } from "../context";
import { isoToSerial } from "../dates";
import { behindAtMostOf } from "../summary";

function progressRange(ctx: BuildContext, code: (typeof PROGRESS_COLUMNS)[number]): string {
  return absRange(ctx.names.progress, colOf(PROGRESS_COLUMNS, code), 2, Math.max(2, ctx.progressRows + 1));
}
function taskRange(ctx: BuildContext, code: (typeof TASK_COLUMNS)[number]): string {
  return absRange(ctx.names.tasks, colOf(TASK_COLUMNS, code), 2, Math.max(2, ctx.ledger.tasks.length + 1));
}

type Criterion = [range: string, criterion: string];

function countifs(criteria: Criterion[]): string {
  return `COUNTIFS(${criteria.map(([r, c]) => `${r},${c}`).join(",")})`;
}

/** Criteria of one unit field on 进度; `nameCell` holds the unit name, e.g. `$A5`. */
export function unitCountFormula(ctx: BuildContext, nameCell: string, field: "lead" | "co" | "total" | StatusCode | "behind" | "overdue"): string {
  const unit: Criterion = [progressRange(ctx, "unit"), `"="&${nameCell}`];
  const notDone: Criterion = [progressRange(ctx, "status"), quoteText("<>" + ctx.labels.status.done)];
  switch (field) {
    case "lead":
      return countifs([unit, [progressRange(ctx, "role"), quoteText(ctx.labels.role.lead)]]);
    case "co":
      return countifs([unit, [progressRange(ctx, "role"), quoteText(ctx.labels.role.co)]]);
    case "total":
      return countifs([unit]);
    case "behind":
      return countifs([unit, [progressRange(ctx, "percent"), quoteText("<=" + behindAtMostOf(ctx.schedule, ctx.thresholds))], notDone]);
    case "overdue":
      return countifs([unit, [progressRange(ctx, "deadline"), quoteText("<" + isoToSerial(ctx.period.end))], notDone]);
    default:
      return countifs([unit, [progressRange(ctx, "status"), quoteText(ctx.labels.status[field])]]);
  }
}

function taskFieldCriteria(ctx: BuildContext, field: "total" | StatusCode | "overdue"): Criterion[] {
  if (field === "total") return [];
  if (field === "overdue")
    return [
      [taskRange(ctx, "deadline"), quoteText("<" + isoToSerial(ctx.period.end))],
      [taskRange(ctx, "status"), quoteText("<>" + ctx.labels.status.done)],
    ];
  return [[taskRange(ctx, "status"), quoteText(ctx.labels.status[field])]];
}

/**
 * Tasks of one leader on 任务, where leaders are written `甲、乙`: the name alone, first, last or in
 * the middle — four COUNTIFS, so `王惠` never counts the tasks of `王惠峰`.
 */
export function leaderCountFormula(ctx: BuildContext, nameCell: string, field: "total" | StatusCode | "overdue"): string {
  const col = taskRange(ctx, "leaders");
  const extra = taskFieldCriteria(ctx, field);
  const patterns = [`"="&${nameCell}`, `${nameCell}&"、*"`, `"*、"&${nameCell}`, `"*、"&${nameCell}&"、*"`];
  return patterns.map((p) => countifs([[col, p], ...extra])).join("+");
}

/** Tasks of one section on 任务. */
export function sectionCountFormula(ctx: BuildContext, nameCell: string, field: "total" | StatusCode | "overdue"): string {
  return countifs([[taskRange(ctx, "section"), `"="&${nameCell}`], ...taskFieldCriteria(ctx, field)]);
}
