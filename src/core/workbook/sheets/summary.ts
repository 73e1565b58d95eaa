/** 汇总: per unit, per leader and per section, all live formulas over 进度 and 任务, with totals that add up. */
import { columnLetter } from "../a1";
import { SUMMARY_COLUMNS, colOf, type StatusCode, type SummaryColumn } from "../codes";
import type { BuildContext } from "../context";
import type { CellValue, SheetSpec } from "../spec";
import type { SummaryLine } from "../summary";
import { FILLS, column } from "../style";
import { leaderCountFormula, sectionCountFormula, unitCountFormula } from "./summary-formulas";

const STATUS_FIELDS: [SummaryColumn, StatusCode][] = [
  ["notStarted", "not-started"],
  ["onTrack", "on-track"],
  ["lagging", "lagging"],
  ["done", "done"],
];

/** Where each block of 汇总 sits: 1-based sheet rows of its first and last data line and of its totals (0: none, as in a unit's file). */
export interface SummaryLayout {
  units: { first: number; last: number; totals: number };
  /** Collectives expanded to their members: each row sums its members' rows of the unit block. */
  groups: { first: number; last: number };
  leaders: { first: number; last: number };
  sections: { first: number; last: number; totals: number };
}

const L_ = (c: SummaryColumn): string => columnLetter(colOf(SUMMARY_COLUMNS, c));

export function summarySheet(ctx: BuildContext): { sheet: SheetSpec; layout: SummaryLayout } {
  const S = ctx.labels.summary;
  const width = SUMMARY_COLUMNS.length;
  const rows: CellValue[][] = [];
  const bold: number[] = [];
  const overrides: NonNullable<SheetSpec["cellOverrides"]> = [];
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const sheetRow = (): number => rows.length + 1; // headerRow is false: data row i is sheet row i+1

  const heading = (title: string): void => {
    const r = blank();
    r[0] = title;
    bold.push(rows.length);
    rows.push(r);
  };
  const headerRow = (first: string, withRoles: boolean): void => {
    const r: CellValue[] = SUMMARY_COLUMNS.map((c) => {
      if (c === "name") return first;
      if (!withRoles && (c === "lead" || c === "co" || c === "behind")) return null;
      if (!withRoles && c === "total") return S.tasks;
      return S[c];
    });
    for (const c of SUMMARY_COLUMNS) overrides.push({ row: rows.length, column: c, fill: FILLS.header });
    rows.push(r);
  };
  const rateFormula = (row: number): CellValue => ({ formula: `IF(${L_("total")}${row}=0,0,${L_("done")}${row}/${L_("total")}${row})` });
  const unreportedFormula = (row: number): string =>
    `${L_("total")}${row}-${L_("notStarted")}${row}-${L_("onTrack")}${row}-${L_("lagging")}${row}-${L_("done")}${row}`;

  // The as-of line
  const asOf = blank();
  asOf[0] = `${S.asOf} ${ctx.period.end}（${ctx.periodLabel}），${ctx.labels.cover.schedule} ${ctx.schedule}%`;
  rows.push(asOf);
  rows.push(blank());

  // 1. Units (a unit's own file: this block only, for that one unit, without totals)
  const scoped = ctx.scope !== null;
  heading(scoped ? ctx.labels.unitCover.summaryTitle : S.byUnit);
  headerRow(S.unitName, true);
  const uFirst = sheetRow();
  ctx.summary.units.forEach((line) => {
    const r = sheetRow();
    const name = `$A${r}`;
    rows.push(
      SUMMARY_COLUMNS.map((c): CellValue => {
        switch (c) {
          case "name":
            return line.name;
          case "lead":
          case "co":
          case "total":
          case "behind":
          case "overdue":
            return { formula: unitCountFormula(ctx, name, c), result: line[c] ?? 0 };
          case "unreported":
            return { formula: unreportedFormula(r), result: line.unreported };
          case "doneRate":
            return { ...(rateFormula(r) as { formula: string }), result: line.doneRate };
          default:
            return { formula: unitCountFormula(ctx, name, statusOf(c)), result: line[c] };
        }
      }),
    );
  });
  const uLast = sheetRow() - 1;
  if (scoped) return { sheet: sheetOf(ctx, rows, overrides, bold), layout: { units: { first: uFirst, last: uLast, totals: 0 }, groups: NONE, leaders: NONE, sections: { ...NONE, totals: 0 } } };
  const uTotals = sheetRow();
  rows.push(totalsRow(S.totals, uFirst, uLast, uTotals, ctx.summary.unitTotal, true));
  bold.push(rows.length - 1);
  rows.push(blank());

  // 1b. Collectives whose rows were expanded to their members: the sum of the members' lines above.
  let groups: SummaryLayout["groups"] = NONE;
  if (ctx.summary.groups.length > 0) {
    heading(S.byGroup);
    headerRow(S.groupName, true);
    const gFirst = sheetRow();
    const rowOf = new Map(ctx.summary.units.map((u, j) => [u.name, uFirst + j]));
    for (const g of ctx.summary.groups) {
      const r = sheetRow();
      const memberRows = g.members.map((m) => rowOf.get(m)).filter((x): x is number => x !== undefined);
      rows.push(
        SUMMARY_COLUMNS.map((c): CellValue => {
          if (c === "name") return g.name;
          if (c === "doneRate") return { ...(rateFormula(r) as { formula: string }), result: g.doneRate };
          const col = L_(c);
          return { formula: memberRows.length ? `SUM(${memberRows.map((m) => `${col}${m}`).join(",")})` : "0", result: g[c] ?? 0 };
        }),
      );
    }
    groups = { first: gFirst, last: sheetRow() - 1 };
    rows.push(blank());
  }

  // 2. Leaders (no totals row: a task with two leaders counts for both)
  heading(S.byLeader);
  headerRow(S.leaderName, false);
  const lFirst = sheetRow();
  ctx.summary.leaders.forEach((line) => rows.push(taskLine(ctx, line, sheetRow(), leaderCountFormula, unreportedFormula, rateFormula)));
  const lLast = sheetRow() - 1;
  rows.push(blank());

  // 3. Sections
  heading(S.bySection);
  headerRow(S.sectionName, false);
  const sFirst = sheetRow();
  ctx.summary.sections.forEach((line) => rows.push(taskLine(ctx, line, sheetRow(), sectionCountFormula, unreportedFormula, rateFormula)));
  const sLast = sheetRow() - 1;
  const sTotals = sheetRow();
  rows.push(totalsRow(S.totals, sFirst, sLast, sTotals, ctx.summary.sectionTotal, false));
  bold.push(rows.length - 1);

  return {
    sheet: sheetOf(ctx, rows, overrides, bold),
    layout: { units: { first: uFirst, last: uLast, totals: uTotals }, groups, leaders: { first: lFirst, last: lLast }, sections: { first: sFirst, last: sLast, totals: sTotals } },
  };
}

/** An empty block of the layout (a unit's file has no leader or section block; `totals: 0` = no totals row). */
const NONE = { first: 0, last: -1 };

function sheetOf(ctx: BuildContext, rows: CellValue[][], overrides: NonNullable<SheetSpec["cellOverrides"]>, bold: number[]): SheetSpec {
  const S = ctx.labels.summary;
  const columns = SUMMARY_COLUMNS.map((c) =>
    c === "name" ? column(c, S.name, "text", 30, { wrap: true }) : c === "doneRate" ? column(c, S[c], "percent", 9) : column(c, S[c], "formula", 9, { numFmt: "0" }),
  );
  return {
    code: "summary",
    name: ctx.names.summary,
    state: "visible",
    columns,
    headerRow: false,
    rows,
    cellOverrides: overrides,
    boldRows: bold,
    freeze: { rows: 0, columns: 1 },
    validations: [],
    conditionalFormats: [],
    protect: true,
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatHeaderRow: false },
    tabColor: "FFC00000",
  };
}

function statusOf(c: SummaryColumn): StatusCode {
  const f = STATUS_FIELDS.find(([col]) => col === c);
  if (!f) throw new Error(`not a status column: ${c}`);
  return f[1];
}

function taskLine(
  ctx: BuildContext,
  line: SummaryLine,
  r: number,
  count: (ctx: BuildContext, nameCell: string, field: "total" | StatusCode | "overdue") => string,
  unreported: (row: number) => string,
  rate: (row: number) => CellValue,
): CellValue[] {
  const name = `$A${r}`;
  return SUMMARY_COLUMNS.map((c): CellValue => {
    switch (c) {
      case "name":
        return line.name;
      case "lead":
      case "co":
      case "behind":
        return null;
      case "total":
      case "overdue":
        return { formula: count(ctx, name, c), result: line[c] };
      case "unreported":
        return { formula: unreported(r), result: line.unreported };
      case "doneRate":
        return { ...(rate(r) as { formula: string }), result: line.doneRate };
      default:
        return { formula: count(ctx, name, statusOf(c)), result: line[c] };
    }
  });
}

function totalsRow(label: string, first: number, last: number, r: number, t: SummaryLine, withRoles: boolean): CellValue[] {
  return SUMMARY_COLUMNS.map((c): CellValue => {
    if (c === "name") return label;
    if (!withRoles && (c === "lead" || c === "co" || c === "behind")) return null;
    if (c === "doneRate") return { formula: `IF(${L_("total")}${r}=0,0,${L_("done")}${r}/${L_("total")}${r})`, result: t.doneRate };
    const col = L_(c);
    const value = t[c];
    return { formula: last >= first ? `SUM(${col}${first}:${col}${last})` : "0", result: value ?? 0 };
  });
}
