/** Stable codes: statuses, roles, review verdicts and the column codes of every sheet. Labels differ per language; codes never do. */

export const STATUS_CODES = ["not-started", "on-track", "lagging", "done"] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

export const ROLE_CODES = ["lead", "co"] as const;
export type RoleCode = (typeof ROLE_CODES)[number];

export const REVIEW_CODES = ["approved", "returned"] as const;
export type ReviewCode = (typeof REVIEW_CODES)[number];

export const TASK_COLUMNS = ["no", "section", "subsection", "text", "leaders", "leadUnits", "coUnits", "targets", "deadline", "status"] as const;
export const LEADER_COLUMNS = ["name", "title", "taskCount", "taskNos", "notStarted", "onTrack", "lagging", "done"] as const;
export const UNIT_COLUMNS = ["name", "kind", "aliases", "leadCount", "coCount", "contact", "phone", "email", "members"] as const;
export const ASSIGNMENT_COLUMNS = ["key", "no", "unit", "role", "group"] as const;
export const PROGRESS_COLUMNS = [
  "key",
  "no",
  "text",
  "unit",
  "role",
  "deadline",
  "status",
  "percent",
  "actual",
  "progress",
  "problems",
  "nextSteps",
  "evidence",
  "reporter",
  "phone",
  "reportDate",
  "review",
] as const;
export const TARGET_COLUMNS = ["no", "task", "indicator", "comparator", "value", "measure", "actual", "ratio"] as const;
export const SUMMARY_COLUMNS = ["name", "lead", "co", "total", "notStarted", "onTrack", "lagging", "done", "unreported", "doneRate", "behind", "overdue"] as const;
/** The cells a unit fills in on 进度, in column order: what an export records and a merge compares. */
export const UNIT_INPUT_COLUMNS = ["status", "percent", "actual", "progress", "problems", "nextSteps", "evidence", "reporter", "phone", "reportDate"] as const;
/** 分发记录: one row per exported 进度 row, then the exported value of every input cell (the merge base). */
export const EXPORT_COLUMNS = ["exportId", "unit", "file", "period", "key", "hash", "time", ...UNIT_INPUT_COLUMNS] as const;
export type ExportColumn = (typeof EXPORT_COLUMNS)[number];
/** 回收记录: returned files (unit, period); the collection issue extends it. */
export const RETURN_COLUMNS = ["unit", "period"] as const;
export const COVER_COLUMNS = ["label", "value"] as const;
export const LIST_COLUMNS = ["status", "role", "review"] as const;
export const META_COLUMNS = ["record", "a", "b", "c", "d", "e"] as const;

export type ProgressColumn = (typeof PROGRESS_COLUMNS)[number];
export type SummaryColumn = (typeof SUMMARY_COLUMNS)[number];

/** 1-based column number of a code in a column list. */
export function colOf<T extends string>(cols: readonly T[], code: T): number {
  const i = cols.indexOf(code);
  if (i < 0) throw new Error(`unknown column ${code}`);
  return i + 1;
}
