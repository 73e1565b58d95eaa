/**
 * `_meta` (very hidden): what a reader needs to understand a returned workbook in any language —
 * plan id, schema version, period, the code of every column of every sheet, the labels of list values,
 * and per row of 任务 and 进度 its key and a hash of its locked content (to spot edited rows).
 * One record per row: `record | a | b | c | d | e`.
 */
import { META_COLUMNS, REVIEW_CODES, ROLE_CODES, STATUS_CODES } from "../codes";
import type { BuildContext } from "../context";
import { rowHash } from "../hash";
import { WORKBOOK_SCHEMA_VERSION, type CellValue, type SheetSpec } from "../spec";
import { column } from "../style";

export const META_RECORDS = ["meta", "sheet", "column", "label", "row", "plan"] as const;

/** Longest piece of the Plan JSON in one cell: Excel holds at most 32,767 characters per cell. */
export const PLAN_CHUNK = 30_000;

/** Cut text into pieces of at most `size` UTF-16 code units, never between the halves of a surrogate pair. */
export function chunkText(s: string, size = PLAN_CHUNK): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    let end = Math.min(s.length, i + size);
    const last = s.charCodeAt(end - 1);
    if (end < s.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(s.slice(i, end));
    i = end;
  }
  return out;
}

/** Hash of the locked content of a 进度 row. */
export function progressRowHash(key: string, no: number | string, text: string, unit: string, role: string, deadline: string): string {
  return rowHash([key, no, text, unit, role, deadline]);
}

export function metaSheet(ctx: BuildContext, sheets: readonly SheetSpec[]): SheetSpec {
  const rows: CellValue[][] = [];
  const rec = (...cells: (string | number | null)[]): void => {
    const r: CellValue[] = cells.slice(0, META_COLUMNS.length);
    while (r.length < META_COLUMNS.length) r.push(null);
    rows.push(r);
  };
  const m = ctx.plan.meta;
  rec("meta", "planId", m.planId);
  rec("meta", "schemaVersion", WORKBOOK_SCHEMA_VERSION);
  rec("meta", "lang", ctx.lang);
  rec("meta", "period", ctx.period.code);
  rec("meta", "periodStart", ctx.period.start);
  rec("meta", "periodEnd", ctx.period.end);
  rec("meta", "schedule", ctx.schedule);
  rec("meta", "thresholdYellow", ctx.thresholds.yellow);
  rec("meta", "thresholdRed", ctx.thresholds.red);
  rec("meta", "due", ctx.due);
  rec("meta", "mailbox", ctx.mailbox);
  rec("meta", "title", m.title);
  // What a reader needs to tell a master from a unit's file, and to rewrite a master from the model.
  rec("meta", "kind", ctx.scope ? "unit" : "master");
  rec("meta", "passwordSet", ctx.passwordSet ? 1 : 0);
  if (ctx.scope) {
    rec("meta", "unit", ctx.scope.unit);
    rec("meta", "exportId", ctx.scope.exportId);
  }
  for (const s of [...sheets, { code: "meta" as const, name: ctx.names.meta, columns: [], headerRow: true }]) {
    rec("sheet", s.code, s.name, s.headerRow ? 1 : 0);
    s.columns.forEach((c, i) => rec("column", s.code, i + 1, c.code, c.header));
  }
  for (const c of STATUS_CODES) rec("label", "status", c, ctx.labels.status[c]);
  for (const c of ROLE_CODES) rec("label", "role", c, ctx.labels.role[c]);
  for (const c of REVIEW_CODES) rec("label", "review", c, ctx.labels.review[c]);
  for (const t of ctx.ledger.tasks) rec("row", "tasks", t.id, rowHash([t.id, t.no, t.text, t.leaders.join("、"), t.leadUnits.join("、"), t.coUnits.join("、"), t.deadline]));
  const taskById = new Map(ctx.ledger.tasks.map((t) => [t.id, t]));
  for (const a of ctx.ledger.assignments) {
    const t = taskById.get(a.taskId);
    if (!t) continue;
    rec("row", "progress", a.key, progressRowHash(a.key, t.no, t.text, a.unit, ctx.labels.role[a.role], t.deadline));
  }
  // The whole plan, so `split` (and later commands) rebuild the master from the model alone. Only in the
  // master: a unit's file needs its rows, not the plan.
  if (!ctx.scope) chunkText(JSON.stringify(ctx.plan)).forEach((c, i) => rec("plan", i + 1, c));
  return {
    code: "meta",
    name: ctx.names.meta,
    state: "veryHidden",
    columns: META_COLUMNS.map((c) => column(c, c, "text", 20)),
    headerRow: true,
    rows,
    validations: [],
    conditionalFormats: [],
    protect: true,
  };
}
