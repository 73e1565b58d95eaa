/** buildWorkbookSpec: Plan + units directory + period → the plain-data WorkbookSpec every writer writes. */
import type { Lang } from "../i18n/lang";
import type { Plan } from "../plan/schema";
import { EMPTY_DIRECTORY, type UnitsDirectory } from "../units-directory/directory";
import type { BuildContext } from "./context";
import { buildLedger, type Ledger } from "./ledger";
import { WORKBOOK_LABELS } from "./labels";
import { periodLabel, scheduleToDate, type Period } from "./period";
import type { ProgressByKey } from "./progress";
import { assignmentsSheet } from "./sheets/assignments";
import { coverSheet } from "./sheets/cover";
import { leadersSheet } from "./sheets/leaders";
import { listsSheet } from "./sheets/lists";
import { metaSheet } from "./sheets/meta";
import { progressSheet } from "./sheets/progress";
import { summarySheet, type SummaryLayout } from "./sheets/summary";
import { targetsSheet } from "./sheets/targets";
import { tasksSheet } from "./sheets/tasks";
import { unitsSheet } from "./sheets/units";
import type { WorkbookSpec } from "./spec";
import { cellText } from "./text";
import { computeSummary, type Summary } from "./summary";
import { DEFAULT_THRESHOLDS, type LightThresholds } from "./thresholds";

export interface BuildOptions {
  period: Period;
  /** Report due date `YYYY-MM-DD`; default the 25th of the period's last month. */
  due?: string;
  mailbox?: string | null;
  directory?: UnitsDirectory;
  lang?: Lang;
  thresholds?: LightThresholds;
  /** Sheet password; none by default (sheets and structure are still protected). */
  password?: string | null;
  /** Reported values to write into 进度 (a rebuilt master, or a filled copy in tests). */
  progress?: ProgressByKey;
}

export interface BuiltWorkbook {
  spec: WorkbookSpec;
  ledger: Ledger;
  summary: Summary;
  summaryLayout: SummaryLayout;
}

/** Default due date: the 25th of the last month of the period. */
export function defaultDue(p: Period): string {
  return `${p.year}-${String(p.lastMonth).padStart(2, "0")}-25`;
}

export function buildWorkbookSpec(plan: Plan, opts: BuildOptions): BuiltWorkbook {
  const lang = opts.lang ?? "zh-CN";
  const labels = WORKBOOK_LABELS[lang];
  const period = opts.period;
  const year = plan.meta.year ?? period.year;
  const ledger = buildLedger(plan, opts.directory ?? EMPTY_DIRECTORY, {
    defaultDeadline: `${year}-12-31`,
    noSectionLabel: labels.summary.noSection,
  });
  const thresholds = opts.thresholds ?? DEFAULT_THRESHOLDS;
  const schedule = scheduleToDate(period);
  const progress: ProgressByKey = opts.progress ?? new Map();
  const summary = computeSummary(ledger, progress, { schedule, periodEnd: period.end, thresholds, totalsLabel: labels.summary.totals });
  const ctx: BuildContext = {
    plan,
    ledger,
    lang,
    labels,
    names: labels.sheets,
    period,
    periodLabel: periodLabel(period, lang),
    schedule,
    thresholds,
    due: opts.due ?? defaultDue(period),
    mailbox: opts.mailbox ?? null,
    progress,
    summary,
    progressRows: ledger.assignments.length,
    listNames: { status: "duban_status", role: "duban_role", review: "duban_review" },
  };
  const lists = listsSheet(ctx);
  const sum = summarySheet(ctx);
  const sheets = [coverSheet(ctx), tasksSheet(ctx), leadersSheet(ctx), unitsSheet(ctx), assignmentsSheet(ctx), progressSheet(ctx), targetsSheet(ctx), sum.sheet, lists.sheet];
  sheets.push(metaSheet(ctx, sheets));
  // Every string as a workbook holds it, so what is written is exactly what reads back.
  for (const s of sheets) s.rows = s.rows.map((r) => r.map((v) => (typeof v === "string" ? cellText(v) : v)));
  return {
    spec: {
      lang,
      title: plan.meta.title ?? labels.sheets.tasks,
      sheets,
      definedNames: lists.names,
      protection: { structure: true, password: opts.password ?? null },
    },
    ledger,
    summary,
    summaryLayout: sum.layout,
  };
}
