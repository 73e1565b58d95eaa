/** 任务: one row per task; 任务状态 is a live lookup of the lead unit's row on 进度. */
import { absRange, columnLetter, quoteText } from "../a1";
import { PROGRESS_COLUMNS, TASK_COLUMNS, colOf, type StatusCode } from "../codes";
import type { BuildContext } from "../context";
import type { CellValue, SheetSpec } from "../spec";
import { LANDSCAPE_A4, TABLE_STYLE, column } from "../style";
import { statusColourRules } from "./status-colours";

/** Text of a target list: one per line. */
export function targetsText(t: { text: string }[]): string {
  return t.map((x) => x.text).join("\n");
}

/** `IFERROR(INDEX(col, MATCH(key, keys, 0))&"","")`: a cell of 进度 found by row key (robust to sorting), "" when blank. */
export function lookupProgress(ctx: BuildContext, key: string, code: (typeof PROGRESS_COLUMNS)[number]): string {
  const last = ctx.progressRows + 1;
  const keys = absRange(ctx.names.progress, colOf(PROGRESS_COLUMNS, "key"), 2, Math.max(2, last));
  const vals = absRange(ctx.names.progress, colOf(PROGRESS_COLUMNS, code), 2, Math.max(2, last));
  return `IFERROR(INDEX(${vals},MATCH(${quoteText(key)},${keys},0))&"","")`;
}

export function tasksSheet(ctx: BuildContext): SheetSpec {
  const L = ctx.labels.tasks;
  const columns = [
    column("no", L.no, "integer", 6, { numFmt: "General" }),
    column("section", L.section, "text", 18, { wrap: true }),
    column("subsection", L.subsection, "text", 18, { wrap: true }),
    column("text", L.text, "text", 60, { wrap: true }),
    column("leaders", L.leaders, "text", 14, { wrap: true }),
    column("leadUnits", L.leadUnits, "text", 20, { wrap: true }),
    column("coUnits", L.coUnits, "text", 28, { wrap: true }),
    column("targets", L.targets, "text", 24, { wrap: true }),
    column("deadline", L.deadline, "date", 12),
    column("status", L.status, "formula", 12),
  ];
  const progress = (key: string | null) => (key === null ? null : ctx.progress.get(key));
  const rows: CellValue[][] = ctx.ledger.tasks.map((t) => [
    t.no,
    t.section,
    t.subsection,
    t.text,
    t.leaders.join("、"),
    t.leadUnits.join("、"),
    t.coUnits.join("、"),
    targetsText(t.targets),
    { date: t.deadline },
    t.leadKey === null
      ? ""
      : { formula: lookupProgress(ctx, t.leadKey, "status"), result: statusLabel(ctx, progress(t.leadKey)?.status ?? null) },
  ]);
  const n = rows.length;
  const statusCol = columnLetter(colOf(TASK_COLUMNS, "status"));
  return {
    code: "tasks",
    name: ctx.names.tasks,
    state: "visible",
    columns,
    headerRow: true,
    rows,
    table: { name: "duban_tasks", style: TABLE_STYLE },
    freeze: { rows: 1, columns: 1 },
    validations: [],
    conditionalFormats: n > 0 ? [{ range: `${statusCol}2:${statusCol}${n + 1}`, rules: statusColourRules(ctx, `$${statusCol}2`) }] : [],
    protect: true,
    print: LANDSCAPE_A4,
  };
}

/** The label of a status in the workbook's language; "" for none. */
export function statusLabel(ctx: BuildContext, s: StatusCode | null): string {
  return s === null ? "" : ctx.labels.status[s];
}
