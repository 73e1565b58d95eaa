/** `duban build PLAN -o BOOK.xlsx`: the tracking workbook (台账) from a plan file or a Plan JSON. */
import type { Command } from "commander";
import * as fs from "fs";
import * as path from "path";
import type { Plan } from "../../core/plan/schema";
import { loadPlan } from "../../host/load-plan";
import type { Lang } from "../../core/i18n/lang";
import { parseLang } from "../lang-option";
import { buildWorkbookSpec, defaultDue, ledgerFor } from "../../core/workbook/build";
import { isValidIso } from "../../core/workbook/dates";
import { buildMessage, type BuildProblem } from "../../core/workbook/messages";
import { defaultPeriod, parsePeriod, periodLabel, type Period } from "../../core/workbook/period";
import { EMPTY_DIRECTORY, type UnitsDirectory } from "../../core/units-directory/directory";
import { parseUnitsCsv } from "../../core/units-directory/parse-units-csv";
import { DIRECTORY_PROBLEM_SEVERITY, directoryMessage } from "../../core/units-directory/problems";
import { writeWorkbook } from "../../xlsx/write-workbook";
import { InputFileError, UsageError, flagProblems } from "../errors";
import { note, writeFileAtomic } from "../io";
import { backUp } from "../backup";
import { reportExtraSheets } from "../master-notes";
import { readMaster, type MasterBook } from "../../xlsx/read-master";
import { checkWorkbookPassword } from "../../xlsx/workbook-password";
import type { ProgressValues } from "../../core/workbook/progress";
import { unitMatchKey } from "../../core/units-directory/directory";

export interface BuildCliOptions {
  output: string;
  period?: string;
  due?: string;
  mailbox?: string;
  units?: string;
  lang?: string;
  password?: string;
  /** Today's date `YYYY-MM-DD` (tests pin it; default the clock). */
  today?: string;
}

function usage(p: BuildProblem, lang: Lang): never {
  throw new UsageError(buildMessage(p, lang));
}

/** Check the options; every bad value is one line, exit 2. */
export function checkOptions(o: BuildCliOptions, planYear: number | null): { period: Period; due: string; lang: Lang; mailbox: string | null; password: string | null } {
  const lang = parseLang(o.lang);
  // Messages stay Chinese by default: the office reads them.
  const msgLang: Lang = "zh-CN";
  if (!/\.xlsx$/i.test(o.output)) usage({ code: "output-not-xlsx", file: o.output }, msgLang);
  let period: Period;
  if (o.period !== undefined) {
    const p = parsePeriod(o.period);
    if (!p) usage({ code: "period-invalid", value: o.period }, msgLang);
    period = p;
  } else period = defaultPeriod(planYear, o.today ?? new Date().toISOString().slice(0, 10));
  if (o.due !== undefined && !isValidIso(o.due)) usage({ code: "due-invalid", value: o.due }, msgLang);
  const due = o.due ?? defaultDue(period);
  if (due < period.start || due > period.end) note(buildMessage({ code: "due-outside-period", value: due }, msgLang));
  if (o.mailbox !== undefined && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(o.mailbox)) usage({ code: "mailbox-invalid", value: o.mailbox }, msgLang);
  if (o.password !== undefined && o.password === "") usage({ code: "password-empty" }, msgLang);
  return { period, due, lang, mailbox: o.mailbox ?? null, password: o.password ?? null };
}

function loadDirectory(file: string | undefined, plan: Plan): UnitsDirectory {
  if (file === undefined) return EMPTY_DIRECTORY;
  if (!fs.existsSync(file)) throw new InputFileError(`找不到单位通讯录：${file}`, file);
  const known = plan.units.flatMap((u) => [u.name, ...u.aliases]);
  const { directory, problems } = parseUnitsCsv(fs.readFileSync(file, "utf8"), known);
  for (const p of problems) {
    note(directoryMessage(p, "zh-CN"));
    if (DIRECTORY_PROBLEM_SEVERITY[p.code] === "error") flagProblems();
  }
  return directory;
}

/** An existing output file must be a master we can read back; anything else is never overwritten. */
async function readPrevious(file: string, password: string | undefined): Promise<MasterBook> {
  const bytes = fs.readFileSync(file);
  let book: MasterBook;
  try {
    book = await readMaster(bytes, file);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    throw new UsageError(`${file} 已存在，但不是可读取的 duban 总台账（${e.message}）；为免覆盖，请换一个输出文件名，或先移走该文件`);
  }
  if (book.options.passwordSet) {
    if (password === undefined) throw new UsageError(`${file} 设有保护密码，重新生成需要用 --password 给出原密码`);
    if ((await checkWorkbookPassword(bytes, password)) === "mismatch") throw new UsageError(`${file} 的保护密码不对`);
  }
  return book;
}

/** Period, due date, mailbox and language default to the existing master's. */
function withMasterDefaults(o: BuildCliOptions, book: MasterBook): BuildCliOptions {
  return {
    ...o,
    period: o.period ?? book.options.period.code,
    due: o.due ?? (o.period === undefined ? book.options.due : undefined),
    mailbox: o.mailbox ?? book.options.mailbox ?? undefined,
    lang: o.lang ?? book.options.lang,
  };
}

/** The master's own contacts, with the CSV's rows taking precedence unit by unit. */
function mergeDirectories(master: UnitsDirectory, csv: UnitsDirectory): UnitsDirectory {
  const fromCsv = new Set(csv.units.map((u) => unitMatchKey(u.name)));
  return { units: [...master.units.filter((u) => !fromCsv.has(unitMatchKey(u.name))), ...csv.units] };
}

interface CarryOver {
  kept: Map<string, ProgressValues>;
  /** Row keys with reported values that the new plan no longer has. */
  dropped: string[];
}

function carryProgress(progress: ReadonlyMap<string, ProgressValues>, keys: readonly string[]): CarryOver {
  const wanted = new Set(keys);
  const kept = new Map<string, ProgressValues>();
  const dropped: string[] = [];
  for (const [key, v] of progress) {
    if (wanted.has(key)) kept.set(key, v);
    else if (Object.values(v).some((x) => x !== null && x !== undefined && x !== "")) dropped.push(key);
  }
  return { kept, dropped };
}

/** Run the build; returns the summary line printed. */
export async function runBuild(planFile: string, o: BuildCliOptions): Promise<string> {
  if (!o.output) throw new UsageError("缺少输出文件：请用 -o 台账.xlsx 指定");
  const plan = await loadPlan(planFile);
  // Building over an existing master keeps what the office and the units put in it.
  const previous = fs.existsSync(o.output) ? await readPrevious(o.output, o.password) : null;
  const opts = checkOptions(previous ? withMasterDefaults(o, previous) : o, plan.meta.year);
  const csv = loadDirectory(o.units, plan);
  const directory = previous ? mergeDirectories(previous.directory, csv) : csv;
  let carried: CarryOver | null = null;
  if (previous) carried = carryProgress(previous.progress, ledgerFor(plan, { ...opts, directory }).assignments.map((a) => a.key));
  const built = buildWorkbookSpec(plan, {
    ...opts,
    directory,
    ...(previous ? { thresholds: previous.options.thresholds, exports: previous.exports, returns: previous.returns } : {}),
    ...(carried ? { progress: carried.kept } : {}),
  });
  note(`正在写入台账（${built.ledger.assignments.length} 行进度）…`);
  const bytes = await writeWorkbook(built.spec);
  if (previous && carried) {
    reportExtraSheets(previous, o.output);
    const backup = backUp(o.output);
    note(`已读取原台账并保留其中的进度 ${carried.kept.size} 条、分发记录 ${previous.exports.length} 条、单位联系方式；原文件备份为 ${backup}`);
    if (carried.dropped.length > 0) {
      note(
        `注意：原台账有 ${carried.dropped.length} 条已填进度在新方案中没有对应的行（任务或单位已变），未写入新台账，仍保存在备份文件中：` +
          carried.dropped.slice(0, 10).join("；") + (carried.dropped.length > 10 ? " 等" : ""),
      );
      flagProblems();
    }
  }
  writeFileAtomic(o.output, bytes);
  const errors = plan.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    note(`方案有 ${errors.length} 个错误，请先用 duban parse 查看并核对`);
    flagProblems();
  }
  const targets = built.ledger.tasks.reduce((n, t) => n + t.targets.length, 0);
  const line =
    `已写入 ${path.resolve(o.output)}：任务 ${built.ledger.tasks.length} 项，单位 ${built.ledger.units.length} 个，` +
    `领导 ${built.ledger.leaders.length} 人，分工 ${built.ledger.assignments.length} 条，指标 ${targets} 项；` +
    `报送期次 ${periodLabel(opts.period, "zh-CN")}，截止 ${opts.due}`;
  note(line);
  return line;
}

export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("生成进度台账 (.xlsx)：说明/任务/领导/单位/分工/进度/指标/汇总")
    .argument("<plan>", "方案文件（.txt/.md/.docx）或方案 JSON")
    .option("-o, --output <book.xlsx>", "输出的台账文件（.xlsx）")
    .option("--period <period>", "报送期次：2024-03（月）或 2024-Q1（季度）")
    .option("--due <date>", "报送截止日期，如 2024-03-25（默认期末月25日）")
    .option("--mailbox <addr>", "报送邮箱")
    .option("--units <units.csv>", "单位通讯录 CSV：单位名称,联系人,联系电话,电子邮箱,成员单位")
    .option("--lang <lang>", "工作簿语言：zh-CN 或 en", "zh-CN")
    .option("--password <password>", "工作表保护密码（默认无密码）")
    .action(async (plan: string, o: BuildCliOptions) => {
      await runBuild(plan, o);
    });
}
