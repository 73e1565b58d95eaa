/** 说明: the cover that explains the workbook to a unit without the add-in. */
import type { BuildContext } from "../context";
import { fill } from "../labels";
import { WORKBOOK_SCHEMA_VERSION, type CellValue, type Fill, type SheetSpec } from "../spec";
import { FILLS, NUMFMT, column } from "../style";

export function coverSheet(ctx: BuildContext): SheetSpec {
  const L = ctx.labels.cover;
  const m = ctx.plan.meta;
  const unknown = L.unknown;
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
  add(L.title, m.title ?? unknown);
  add(L.docNumber, m.docNumber ?? unknown);
  add(L.issuer, m.issuer ?? unknown);
  add(L.date, m.date !== null ? { date: m.date } : unknown, undefined, m.date !== null ? NUMFMT.date : undefined);
  add(L.period, ctx.periodLabel);
  add(L.due, { date: ctx.due }, undefined, NUMFMT.date);
  add(L.mailbox, ctx.mailbox ?? unknown);
  add(L.schedule, ctx.schedule / 100, undefined, NUMFMT.percent);
  heading(L.howTo);
  for (const h of [L.howTo1, L.howTo2, L.howTo3, L.howTo4]) add("", h);
  add("", fill(L.howTo5, { due: ctx.due, mailbox: ctx.mailbox ?? L.mailboxUnset }));
  heading(L.legend);
  const t = { yellow: ctx.thresholds.yellow, red: ctx.thresholds.red };
  add("", fill(L.legendGreen, t), FILLS.green);
  add("", fill(L.legendYellow, t), FILLS.yellow);
  add("", fill(L.legendRed, t), FILLS.red);
  add("", L.legendMissing, FILLS.missing);
  add("", L.legendInput, { bg: "FFFFFFFF" });
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
