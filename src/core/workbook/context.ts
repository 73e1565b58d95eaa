/** Everything the sheet builders share: the ledger, the labels of the chosen language, the period. */
import type { Lang } from "../i18n/lang";
import type { Plan } from "../plan/schema";
import type { Ledger } from "./ledger";
import type { WorkbookLabels } from "./labels";
import type { Period } from "./period";
import type { ProgressByKey } from "./progress";
import type { SheetCode } from "./spec";
import type { ExportRecord } from "./exports";
import type { ReturnRecord } from "./returns";
import type { UnitScope } from "./scope";
import type { Summary } from "./summary";
import type { LightThresholds } from "./thresholds";

export interface BuildContext {
  plan: Plan;
  ledger: Ledger;
  lang: Lang;
  labels: WorkbookLabels;
  names: Record<SheetCode, string>;
  period: Period;
  periodLabel: string;
  /** Schedule-to-date in percent points. */
  schedule: number;
  thresholds: LightThresholds;
  due: string;
  mailbox: string | null;
  progress: ProgressByKey;
  summary: Summary;
  /** Row count of 进度 (data rows). */
  progressRows: number;
  /** The master's export records (分发记录); empty in a per-unit workbook. */
  exports: readonly ExportRecord[];
  /** Returned files (回收记录); the sheet is written only when there are some. */
  returns: readonly ReturnRecord[];
  /** Set when building one unit's workbook. */
  scope: UnitScope | null;
  /** Whether sheets carry a password (the password itself is never stored). */
  passwordSet: boolean;
  /** Names of the list ranges on the hidden lists sheet. */
  listNames: { status: string; role: string; review: string };
}
