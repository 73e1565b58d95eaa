/** `duban build PLAN -o BOOK.xlsx`: the tracking workbook (台账) from a plan file or a Plan JSON. */
import type { Command } from "commander";
import * as fs from "fs";
import * as path from "path";
import type { Plan } from "../../core/plan/schema";
import { loadPlan } from "../../host/load-plan";
import type { Lang } from "../../core/i18n/lang";
import { parseLang } from "../lang-option";
import { buildWorkbookSpec, defaultDue } from "../../core/workbook/build";
import { isValidIso } from "../../core/workbook/dates";
import { buildMessage, type BuildProblem } from "../../core/workbook/messages";
import { defaultPeriod, parsePeriod, periodLabel, type Period } from "../../core/workbook/period";
import { EMPTY_DIRECTORY, type UnitsDirectory } from "../../core/units-directory/directory";
import { parseUnitsCsv } from "../../core/units-directory/parse-units-csv";
import { DIRECTORY_PROBLEM_SEVERITY, directoryMessage } from "../../core/units-directory/problems";
import { writeWorkbook } from "../../xlsx/write-workbook";
import { InputFileError, UsageError, flagProblems } from "../errors";
import { note, writeFileAtomic } from "../io";

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

/** Run the build; returns the summary line printed. */
export async function runBuild(planFile: string, o: BuildCliOptions): Promise<string> {
  if (!o.output) throw new UsageError("缺少输出文件：请用 -o 台账.xlsx 指定");
  const plan = await loadPlan(planFile);
  const opts = checkOptions(o, plan.meta.year);
  const directory = loadDirectory(o.units, plan);
  const built = buildWorkbookSpec(plan, { ...opts, directory });
  const bytes = await writeWorkbook(built.spec);
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
