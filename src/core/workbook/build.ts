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
import type { ExportRecord } from "./exports";
import type { ReturnRecord } from "./returns";
import { returnsSheet } from "./sheets/returns";
import { scopeLedger, type UnitScope } from "./scope";
import { exportsSheet } from "./sheets/exports";
import { unitCoverSheet } from "./sheets/unit-cover";
import { cellText } from "./text";
import { setRowHeights } from "./row-height";
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
  /** Export records kept in the master's 分发记录 (read back and rewritten on every split). */
  exports?: readonly ExportRecord[];
  /** Returned files recorded by the collection command, kept across rewrites. */
  returns?: readonly ReturnRecord[];
  /** Build one unit's workbook instead of the master (`duban split`). */
  scope?: UnitScope;
  /** The full ledger from `ledgerFor` with the same plan and options: a split of 300 units builds it once, not 300 times. */
  ledger?: Ledger;
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

/** The master's ledger for these options (tasks without a deadline get the end of the plan year). */
export function ledgerFor(plan: Plan, opts: Pick<BuildOptions, "period" | "directory" | "lang">): Ledger {
  const year = plan.meta.year ?? opts.period.year;
  return buildLedger(plan, opts.directory ?? EMPTY_DIRECTORY, {
    defaultDeadline: `${year}-12-31`,
    noSectionLabel: WORKBOOK_LABELS[opts.lang ?? "zh-CN"].summary.noSection,
  });
}

export function buildWorkbookSpec(plan: Plan, opts: BuildOptions): BuiltWorkbook {
  const lang = opts.lang ?? "zh-CN";
  const labels = WORKBOOK_LABELS[lang];
  const period = opts.period;
  const full = opts.ledger ?? ledgerFor(plan, opts);
  const scope = opts.scope ?? null;
  const ledger = scope ? scopeLedger(full, scope.unit) : full;
  // Callers pick units that have rows; an empty unit file is a caller's bug, not user data.
  if (scope && ledger.assignments.length === 0) throw new RangeError(`unit without rows: ${scope.unit}`);
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
    exports: scope ? [] : (opts.exports ?? []),
    returns: scope ? [] : (opts.returns ?? []),
    scope,
    passwordSet: (opts.password ?? null) !== null,
    listNames: { status: "duban_status", role: "duban_role", review: "duban_review" },
  };
  const lists = listsSheet(ctx);
  const sum = summarySheet(ctx);
  // A unit's file keeps what one unit needs: 说明, its 进度 rows, its 汇总, the lists behind the dropdowns.
  const sheets = scope
    ? [unitCoverSheet(ctx, scope), progressSheet(ctx), sum.sheet, lists.sheet]
    : [coverSheet(ctx), tasksSheet(ctx), leadersSheet(ctx), unitsSheet(ctx), assignmentsSheet(ctx), progressSheet(ctx), targetsSheet(ctx), sum.sheet, exportsSheet(ctx), ...(ctx.returns.length > 0 ? [returnsSheet(ctx)] : []), lists.sheet];
  sheets.push(metaSheet(ctx, sheets));
  // Every string as a workbook holds it, so what is written is exactly what reads back.
  for (const s of sheets) s.rows = s.rows.map((r) => r.map((v) => (typeof v === "string" ? cellText(v) : v)));
  // Wrapped text needs tall rows: LibreOffice (and some Excel/WPS builds) do not grow generated rows.
  for (const s of sheets) setRowHeights(s);
  return {
    spec: {
      lang,
      title: scope ? `${scope.unit}-${ctx.periodLabel}-${labels.unitCover.sheetTitle}` : (plan.meta.title ?? labels.sheets.tasks),
      sheets,
      definedNames: lists.names,
      protection: { structure: true, password: opts.password ?? null },
    },
    ledger,
    summary,
    summaryLayout: sum.layout,
  };
}
