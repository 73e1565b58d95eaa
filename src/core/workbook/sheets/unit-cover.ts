/** 说明 of a per-unit workbook: written for that unit — who, how many rows, by when, where to send it back, how. */
import type { BuildContext } from "../context";
import { fill } from "../labels";
import type { UnitScope } from "../scope";
import { WORKBOOK_SCHEMA_VERSION, type CellValue, type Fill, type SheetSpec } from "../spec";
import { FILLS, NUMFMT, column } from "../style";

export function unitCoverSheet(ctx: BuildContext, scope: UnitScope): SheetSpec {
  const L = ctx.labels.cover;
  const U = ctx.labels.unitCover;
  const m = ctx.plan.meta;
  const rows: CellValue[][] = [];
  const overrides: NonNullable<SheetSpec["cellOverrides"]> = [];
  const bold: number[] = [];
  const add = (label: string, value: CellValue, f?: Fill, numFmt?: string): void => {
    if (f) overrides.push({ row: rows.length, column: "label", fill: f });
    if (numFmt) overrides.push({ row: rows.length, column: "value", numFmt });
    rows.push([label, value]);
  };
  const heading = (label: string): void => {
    bold.push(rows.length);
    rows.push([label, null]);
  };
  const a = ctx.ledger.assignments;
  const lead = a.filter((x) => x.role === "lead").length;
  bold.push(rows.length);
  add(U.unit, scope.unit);
  add(U.tasks, fill(U.rows, { lead, co: a.length - lead, rows: a.length }));
  add(L.period, ctx.periodLabel);
  add(L.due, { date: ctx.due }, undefined, NUMFMT.date);
  add(L.mailbox, ctx.mailbox ?? L.unknown);
  add(L.schedule, ctx.schedule / 100, undefined, NUMFMT.percent);
  add(L.title, m.title ?? L.unknown);
  add(L.docNumber, m.docNumber ?? L.unknown);
  heading(L.howTo);
  add("", ctx.mailbox !== null ? fill(U.sendBack, { due: ctx.due, mailbox: ctx.mailbox }) : fill(U.sendBackNoMailbox, { due: ctx.due }));
  for (const h of [U.howToUnit1, U.howToUnit2, U.keepName, L.howTo2]) add("", h);
  heading(L.legend);
  const t = { yellow: ctx.thresholds.yellow, red: ctx.thresholds.red };
  add("", fill(L.legendGreen, t), FILLS.green);
  add("", fill(L.legendYellow, t), FILLS.yellow);
  add("", fill(L.legendRed, t), FILLS.red);
  add("", L.legendMissing, FILLS.missing);
  add("", L.legendInput, { bg: "FFFFFFFF" });
  add(U.exportId, scope.exportId);
  add(L.version, `${WORKBOOK_SCHEMA_VERSION}`);
  add(L.planId, m.planId);
  return {
    code: "cover",
    name: ctx.names.cover,
    state: "visible",
    columns: [column("label", L.label, "text", 16, { wrap: true }), column("value", L.value, "text", 100, { wrap: true, numFmt: "General" })],
    headerRow: false,
    rows,
    cellOverrides: overrides,
    boldRows: bold,
    validations: [],
    conditionalFormats: [],
    protect: true,
    print: { orientation: "portrait", paper: "A4", fitToWidth: true, repeatHeaderRow: false },
    tabColor: "FF1F4E79",
  };
}
