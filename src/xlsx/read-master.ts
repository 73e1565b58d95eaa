/**
 * A master workbook (台账) read back into the full core model: plan (from `_meta`), the office's units
 * directory (from 单位), progress (from 进度), export records (from 分发记录) and the build options.
 * Commands that rewrite a master build it anew from this (never re-save through ExcelJS). Every way a
 * file can fail to be a usable master is an InputFileError naming the file and the sheet or cell.
 */
import * as z from "zod";
import { LANGS, type Lang } from "../core/i18n/lang";
import { PlanSchema, type Plan } from "../core/plan/schema";
import type { UnitsDirectory } from "../core/units-directory/directory";
import { columnLetter } from "../core/workbook/a1";
import type { ExportRecord } from "../core/workbook/exports";
import { WORKBOOK_LABELS } from "../core/workbook/labels";
import { parsePeriod, type Period } from "../core/workbook/period";
import type { ProgressValues } from "../core/workbook/progress";
import { directoryFromUnitRows, exportsFromRows } from "../core/workbook/read-master-rows";
import { progressFromRows, type ReadProblem } from "../core/workbook/read-progress";
import { WORKBOOK_SCHEMA_VERSION, type CellValue } from "../core/workbook/spec";
import type { LightThresholds } from "../core/workbook/thresholds";
import type { ReturnRecord } from "../core/workbook/returns";
import { InputFileError } from "../cli/errors";
import { readCodedRows, readMeta, readWorkbookValues, type ReadSheet, type WorkbookMeta } from "./read-workbook";

export interface MasterOptions {
  period: Period;
  due: string;
  mailbox: string | null;
  lang: Lang;
  thresholds: LightThresholds;
  /** The master's sheets carry a password: a rewrite needs it again (it is never stored). */
  passwordSet: boolean;
}

export interface MasterBook {
  plan: Plan;
  directory: UnitsDirectory;
  progress: Map<string, ProgressValues>;
  exports: ExportRecord[];
  options: MasterOptions;
  /** Returned files recorded by the collection command (`returns` sheet); none until that exists. */
  returns: ReturnRecord[];
  /** Bad cells on 进度 (left empty in the model), as data. */
  problems: ReadProblem[];
  /** Sheets someone added that duban did not write: a rewrite cannot keep them (the backup does). */
  extraSheets: string[];
}

const MetaValues = z.object({
  planId: z.string().min(1),
  period: z.string(),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  mailbox: z.string().nullable(),
  lang: z.enum(LANGS),
  thresholdYellow: z.number().min(0).max(100),
  thresholdRed: z.number().min(0).max(100),
  passwordSet: z.union([z.literal(0), z.literal(1)]),
});

/** Read a master .xlsx; throws InputFileError when it is not a usable master. */
export async function readMaster(data: Buffer | Uint8Array, file: string): Promise<MasterBook> {
  const sheets = await readWorkbookValues(data, file);
  const meta = readMeta(sheets);
  const metaSheet = sheets.find((s) => s.name === "_meta");
  if (!meta || !metaSheet) throw new InputFileError(`${file} 不是 duban 台账：没有 _meta 工作表（请用 duban build 生成的总台账）`, file);
  const fail = (where: string, what: string): never => {
    throw new InputFileError(`${file} 的${where}${what}`, file);
  };
  const cellOf = (kind: string, name: string, col = 2): string => {
    const i = metaSheet.rows.findIndex((r) => r[0] === kind && r[1] === name);
    return i < 0 ? `_meta 工作表（缺少 ${name} 记录）` : `_meta!${columnLetter(col + 1)}${i + 1} 单元格`;
  };

  const version = meta.values.get("schemaVersion");
  if (typeof version !== "number") fail(cellOf("meta", "schemaVersion"), "不是有效的台账版本号，文件可能已损坏");
  const v = version as number;
  if (v > WORKBOOK_SCHEMA_VERSION) fail(cellOf("meta", "schemaVersion"), `表明它由更新版本的 duban 生成（台账版本 ${v}，本程序支持到 ${WORKBOOK_SCHEMA_VERSION}），请先升级 duban`);
  if (meta.values.get("kind") === "unit")
    fail("_meta 工作表", `表明它是单位报送文件（${String(meta.values.get("unit") ?? "")}，导出编号 ${String(meta.values.get("exportId") ?? "")}），不是总台账；请指定用 duban build 生成的总台账`);
  if (v < 2) fail(cellOf("meta", "schemaVersion"), `表明它由旧版本生成（台账版本 ${v}），其中没有保存方案；请用 duban build 从方案重新生成总台账`);

  const raw = Object.fromEntries(Object.keys(MetaValues.shape).map((k) => [k, meta.values.get(k) ?? null]));
  const parsed = MetaValues.safeParse(raw);
  if (!parsed.success) {
    const key = String(parsed.error.issues[0]?.path[0] ?? "");
    fail(cellOf("meta", key), `的值无效（${key}），文件可能已损坏`);
  }
  const mv = parsed.data as z.infer<typeof MetaValues>;
  const period = parsePeriod(mv.period);
  if (!period) return fail(cellOf("meta", "period"), `的报送期次“${mv.period}”无效`);

  const plan = readPlan(metaSheet, file);
  if (plan.meta.planId !== mv.planId) fail(cellOf("meta", "planId"), "与其中保存的方案不一致，文件可能已损坏");

  const need = (code: "progress" | "units" | "exports"): void => {
    const name = meta.sheets.get(code);
    if (!name || !sheets.some((s) => s.name === name)) fail(`“${name ?? WORKBOOK_LABELS[mv.lang].sheets[code]}”工作表`, "不存在，文件可能已损坏");
  };
  need("progress");
  need("units");
  need("exports");
  const labels = labelMaps(meta);
  const { progress, problems } = progressFromRows(readCodedRows(sheets, meta, "progress"), labels);
  const directory = directoryFromUnitRows(readCodedRows(sheets, meta, "units"));
  const ex = exportsFromRows(readCodedRows(sheets, meta, "exports"), labels);
  if (ex.badRows.length > 0) fail(`“${meta.sheets.get("exports") ?? ""}”工作表第${ex.badRows[0]}行`, "不是有效的分发记录，文件可能已被改动");
  return {
    plan,
    directory,
    progress,
    exports: ex.exports,
    // The hook for the collection issue: a `returns` sheet (codes unit, period) read when its _meta says so.
    returns: readCodedRows(sheets, meta, "returns").flatMap((r) => (typeof r.unit === "string" && typeof r.period === "string" ? [{ unit: r.unit, period: r.period }] : [])),
    options: {
      period,
      due: mv.due,
      mailbox: mv.mailbox,
      lang: mv.lang,
      thresholds: { yellow: mv.thresholdYellow, red: mv.thresholdRed },
      passwordSet: mv.passwordSet === 1,
    },
    problems,
    extraSheets: sheets.map((s) => s.name).filter((n) => n !== "_meta" && ![...meta.sheets.values()].includes(n)),
  };
}

function labelMaps(meta: WorkbookMeta): { status: Map<string, string>; review: Map<string, string> } {
  return { status: meta.labels.get("status") ?? new Map(), review: meta.labels.get("review") ?? new Map() };
}

/** The Plan JSON kept in `_meta` as `plan | n | chunk` records, checked with PlanSchema. */
function readPlan(metaSheet: ReadSheet, file: string): Plan {
  const chunks: { n: number; row: number; text: string }[] = [];
  metaSheet.rows.forEach((r, i) => {
    if (r[0] !== "plan") return;
    const text: CellValue = r[2] ?? null;
    chunks.push({ n: Number(r[1]), row: i + 1, text: typeof text === "string" ? text : "" });
  });
  if (chunks.length === 0) throw new InputFileError(`${file} 的 _meta 工作表中没有保存方案（plan 记录），文件可能已损坏；请用 duban build 重新生成`, file);
  chunks.sort((a, b) => a.n - b.n);
  chunks.forEach((c, i) => {
    if (c.n !== i + 1) throw new InputFileError(`${file} 的 _meta!B${c.row} 单元格：方案数据第 ${i + 1} 段缺失或重复，文件可能已损坏`, file);
  });
  let json: unknown;
  try {
    json = JSON.parse(chunks.map((c) => c.text).join(""));
  } catch {
    throw new InputFileError(`${file} 的 _meta!C${chunks[0]?.row ?? 1} 起的方案数据不是有效的 JSON，文件可能已损坏`, file);
  }
  const p = PlanSchema.safeParse(json);
  if (!p.success) {
    const issue = p.error.issues[0];
    throw new InputFileError(`${file} 的 _meta!C${chunks[0]?.row ?? 1} 起的方案数据不符合格式（${issue?.path.join(".") ?? ""}：${issue?.message ?? ""}），文件可能已损坏`, file);
  }
  return p.data;
}
