/** 进度: one row per assignment for the period — the sheet units fill in, and the source of every count. */
import { columnLetter, quoteText } from "../a1";
import { PROGRESS_COLUMNS, colOf, type ProgressColumn } from "../codes";
import type { BuildContext } from "../context";
import { isoToSerial } from "../dates";
import { fill } from "../labels";
import { EMPTY_PROGRESS, type ProgressValues } from "../progress";
import type { CellValue, ConditionalFormatSpec, SheetSpec, ValidationSpec } from "../spec";
import { FILLS, LANDSCAPE_A4, TABLE_STYLE, column } from "../style";
import { statusColourRules } from "./status-colours";

/** Longest text the validations accept in the free-text columns. */
export const TEXT_LIMITS = { progress: 2000, problems: 2000, nextSteps: 2000, evidence: 500, reporter: 50 } as const;

export function progressSheet(ctx: BuildContext): SheetSpec {
  const P = ctx.labels.progress;
  const columns = [
    column("key", P.key, "text", 24, { hidden: true }),
    column("no", P.no, "integer", 6, { numFmt: "General" }),
    column("text", P.text, "text", 48, { wrap: true }),
    column("unit", P.unit, "text", 20, { wrap: true }),
    column("role", P.role, "text", 6),
    column("deadline", P.deadline, "date", 12),
    column("status", P.status, "text", 11, { input: "unit" }),
    column("percent", P.percent, "integer", 9, { input: "unit" }),
    column("actual", P.actual, "number", 11, { input: "unit" }),
    column("progress", P.progress, "text", 40, { wrap: true, input: "unit" }),
    column("problems", P.problems, "text", 28, { wrap: true, input: "unit" }),
    column("nextSteps", P.nextSteps, "text", 28, { wrap: true, input: "unit" }),
    column("evidence", P.evidence, "text", 18, { wrap: true, input: "unit" }),
    column("reporter", P.reporter, "text", 9, { input: "unit" }),
    column("phone", P.phone, "text", 14, { input: "unit" }),
    column("reportDate", P.reportDate, "date", 12, { input: "unit" }),
    // Office only: locked in the workbook units receive (the office unprotects, or the add-in writes it).
    column("review", P.review, "text", 11),
  ];
  const taskById = new Map(ctx.ledger.tasks.map((t) => [t.id, t]));
  const overrides: NonNullable<SheetSpec["cellOverrides"]> = [];
  const rows: CellValue[][] = ctx.ledger.assignments.map((a, i) => {
    const t = taskById.get(a.taskId);
    if (!t) throw new Error(`assignment without task: ${a.key}`);
    const v = ctx.progress.get(a.key) ?? EMPTY_PROGRESS;
    // Only tasks with a numeric target take an actual value; the cell is locked and greyed elsewhere.
    if (t.targets.length === 0) overrides.push({ row: i, column: "actual", input: false, fill: FILLS.locked });
    return [
      a.key,
      t.no,
      t.text,
      a.unit,
      ctx.labels.role[a.role],
      { date: t.deadline },
      ...unitInputCells(ctx, v),
      v.review === null ? null : ctx.labels.review[v.review],
    ];
  });
  const n = rows.length;
  return {
    code: "progress",
    name: ctx.names.progress,
    state: "visible",
    columns,
    headerRow: true,
    rows,
    cellOverrides: overrides,
    table: { name: "duban_progress", style: TABLE_STYLE },
    freeze: { rows: 1, columns: 2 },
    validations: n > 0 ? progressValidations(ctx, n) : [],
    conditionalFormats: n > 0 ? progressFormats(ctx, n) : [],
    protect: true,
    print: LANDSCAPE_A4,
    tabColor: "FF70AD47",
  };
}

function letter(code: ProgressColumn): string {
  return columnLetter(colOf(PROGRESS_COLUMNS, code));
}
function range(code: ProgressColumn, n: number): string {
  const c = letter(code);
  return `${c}2:${c}${n + 1}`;
}

function progressValidations(ctx: BuildContext, n: number): ValidationSpec[] {
  const V = ctx.labels.validation;
  const text = (code: ProgressColumn, max: number, prompt: string): ValidationSpec => ({
    range: range(code, n),
    type: "textLength",
    operator: "lessThanOrEqual",
    formulae: [max],
    allowBlank: true,
    promptTitle: ctx.labels.progress[code],
    prompt: fill(prompt, { max }),
    errorTitle: ctx.labels.progress[code],
    error: fill(V.textError, { max }),
  });
  const p = ctx.period;
  return [
    { range: range("status", n), type: "list", formulae: [ctx.listNames.status], allowBlank: true, promptTitle: V.statusTitle, prompt: V.status, errorTitle: V.statusTitle, error: V.statusError },
    { range: range("percent", n), type: "whole", operator: "between", formulae: [0, 100], allowBlank: true, promptTitle: V.percentTitle, prompt: V.percent, errorTitle: V.percentTitle, error: V.percentError },
    { range: range("actual", n), type: "decimal", operator: "between", formulae: [-1e12, 1e12], allowBlank: true, promptTitle: V.actualTitle, prompt: V.actual, errorTitle: V.actualTitle, error: V.actualError },
    text("progress", TEXT_LIMITS.progress, V.text),
    text("problems", TEXT_LIMITS.problems, V.problems),
    text("nextSteps", TEXT_LIMITS.nextSteps, V.text),
    text("evidence", TEXT_LIMITS.evidence, V.evidence),
    text("reporter", TEXT_LIMITS.reporter, V.reporter),
    { range: range("phone", n), type: "textLength", operator: "between", formulae: [7, 20], allowBlank: true, promptTitle: V.phoneTitle, prompt: V.phone, errorTitle: V.phoneTitle, error: V.phoneError },
    {
      range: range("reportDate", n),
      type: "date",
      operator: "between",
      formulae: [isoToSerial(p.start), isoToSerial(p.end)],
      allowBlank: true,
      promptTitle: V.dateTitle,
      prompt: fill(V.date, { example: ctx.due }),
      errorTitle: V.dateTitle,
      error: fill(V.dateError, { start: p.start, end: p.end }),
    },
    { range: range("review", n), type: "list", formulae: [ctx.listNames.review], allowBlank: true, promptTitle: V.reviewTitle, prompt: V.review, errorTitle: V.reviewTitle, error: V.reviewError },
  ];
}

/** Traffic-light rule formulas for the first data row (relative references), shared with the docs and tests. */
export function lightFormulas(ctx: BuildContext): { red: string; yellow: string; green: string } {
  const st = `$${letter("status")}2`;
  const pc = `$${letter("percent")}2`;
  const dl = `$${letter("deadline")}2`;
  const done = quoteText(ctx.labels.status.done);
  const end = isoToSerial(ctx.period.end);
  const s = ctx.schedule;
  const t = ctx.thresholds;
  return {
    red: `AND(${st}<>${done},OR(${dl}<${end},AND(ISNUMBER(${pc}),${s}-${pc}>${t.red})))`,
    yellow: `AND(${st}<>${done},ISNUMBER(${pc}),${s}-${pc}>=${t.yellow})`,
    green: `OR(${st}=${done},ISNUMBER(${pc}))`,
  };
}

function progressFormats(ctx: BuildContext, n: number): ConditionalFormatSpec[] {
  const st = `$${letter("status")}2`;
  const lagging = quoteText(ctx.labels.status.lagging);
  const notStarted = quoteText(ctx.labels.status["not-started"]);
  const empty = (code: ProgressColumn): string => `LEN(TRIM($${letter(code)}2))=0`;
  const light = lightFormulas(ctx);
  return [
    { range: range("status", n), rules: statusColourRules(ctx, st) },
    {
      range: range("percent", n),
      rules: [
        { formula: light.red, fill: FILLS.red, priority: 5, stopIfTrue: true },
        { formula: light.yellow, fill: FILLS.yellow, priority: 6, stopIfTrue: true },
        { formula: light.green, fill: FILLS.green, priority: 7 },
      ],
    },
    { range: range("problems", n), rules: [{ formula: `AND(${st}=${lagging},${empty("problems")})`, fill: FILLS.missing, priority: 8 }] },
    { range: range("progress", n), rules: [{ formula: `AND(${st}<>"",${st}<>${notStarted},${empty("progress")})`, fill: FILLS.missing, priority: 9 }] },
    { range: range("reporter", n), rules: [{ formula: `AND(${st}<>"",${empty("reporter")})`, fill: FILLS.missing, priority: 10 }] },
    { range: range("reportDate", n), rules: [{ formula: `AND(${st}<>"",${empty("reportDate")})`, fill: FILLS.missing, priority: 11 }] },
  ];
}

/** The cells a unit fills, from its values, in 进度's column order (also the exported values on 分发记录). */
export function unitInputCells(ctx: BuildContext, v: ProgressValues): CellValue[] {
  return [
    v.status === null ? null : ctx.labels.status[v.status],
    v.percent,
    v.actual,
    v.progress,
    v.problems,
    v.nextSteps,
    v.evidence,
    v.reporter,
    v.phone,
    v.reportDate === null ? null : { date: v.reportDate },
  ];
}
