/**
 * `duban split BOOK.xlsx -o DIR`: one locked-down workbook per unit, a draft e-mail per unit with an
 * address, 分发清单.csv, and the master rewritten with the export records (分发记录). The decisions
 * live in src/core/split; this file reads, writes and talks.
 */
import type { Command } from "commander";
import * as fs from "fs";
import * as path from "path";
import type { Lang } from "../../core/i18n/lang";
import { isMailAddress } from "../../core/mail/addresses";
import { exportId, exportRecords } from "../../core/split/export-records";
import { draftFileName, unitFileNames } from "../../core/split/file-names";
import { unitMailEml } from "../../core/split/mail-draft";
import { manifestCsv, type ManifestRow } from "../../core/split/manifest-csv";
import { splitMessage, type SplitMessageCode } from "../../core/split/messages";
import { unitsToRemind } from "../../core/split/reminders";
import { selectUnits, type SplitTarget } from "../../core/split/select-units";
import type { Ledger } from "../../core/workbook/ledger";
import { buildWorkbookSpec, defaultDue, ledgerFor } from "../../core/workbook/build";
import { isValidIso } from "../../core/workbook/dates";
import type { ExportRecord } from "../../core/workbook/exports";
import { buildMessage } from "../../core/workbook/messages";
import { parsePeriod, periodLabel, type Period } from "../../core/workbook/period";
import { READ_MESSAGES } from "../../core/workbook/read-progress";
import { readMaster, type MasterBook } from "../../xlsx/read-master";
import { checkWorkbookPassword } from "../../xlsx/workbook-password";
import { writeWorkbook } from "../../xlsx/write-workbook";
import { backupName, localDate } from "../backup";
import { reportExtraSheets } from "../master-notes";
import { InputFileError, UsageError, flagProblems } from "../errors";
import { note, writeFileAtomic } from "../io";
import { parseLang } from "../lang-option";

export interface SplitCliOptions {
  output?: string;
  period?: string;
  due?: string;
  units?: string;
  from?: string;
  remind?: boolean;
  lang?: string;
  password?: string;
  /** The clock, ISO 8601 (tests pin it; default now). */
  now?: string;
}

export interface SplitResult {
  files: string[];
  drafts: string[];
  manifest: string | null;
  backup: string | null;
}

/** Messages to the office stay Chinese, as in `duban build`; `--lang` sets the language of what units receive. */
const MSG: Lang = "zh-CN";
const say = (code: SplitMessageCode, p: Record<string, string | number> = {}): string => splitMessage(code, MSG, p);

interface SplitSettings {
  period: Period;
  due: string;
  lang: Lang;
  from: string | null;
  password: string | null;
  units: string[] | null;
}

async function checkOptions(book: MasterBook, bytes: Buffer, file: string, o: SplitCliOptions): Promise<SplitSettings> {
  let period = book.options.period;
  if (o.period !== undefined) {
    const p = parsePeriod(o.period);
    if (!p) throw new UsageError(buildMessage({ code: "period-invalid", value: o.period }, MSG));
    period = p;
  }
  if (o.due !== undefined && !isValidIso(o.due)) throw new UsageError(buildMessage({ code: "due-invalid", value: o.due }, MSG));
  // A new period moves the default deadline with it; the same period keeps the master's.
  const due = o.due ?? (period.code === book.options.period.code ? book.options.due : defaultDue(period));
  if (due < period.start || due > period.end) note(buildMessage({ code: "due-outside-period", value: due }, MSG));
  const lang = o.lang !== undefined ? parseLang(o.lang) : book.options.lang;
  const from = o.from ?? book.options.mailbox;
  if (from !== null && !isMailAddress(from)) throw new UsageError(say("from-invalid", { value: from }));
  if (o.password !== undefined && o.password === "") throw new UsageError(buildMessage({ code: "password-empty" }, MSG));
  if (book.options.passwordSet) {
    if (o.password === undefined) throw new UsageError(say("password-required", { file }));
    if ((await checkWorkbookPassword(bytes, o.password)) === "mismatch") throw new UsageError(say("password-wrong", { file }));
  } else if (o.password !== undefined) note(say("password-not-set", { file }));
  // Names are separated by commas only: `、` belongs to collective names (`各乡镇人民政府、街道办事处`).
  const units = o.units === undefined ? null : o.units.split(/[,，]/).map((s) => s.trim()).filter((s) => s !== "");
  return { period, due, lang, from, password: o.password ?? null, units };
}


function reportReadProblems(book: MasterBook): void {
  if (book.problems.length === 0) return;
  note(say("read-problems", { count: book.problems.length }));
  for (const p of book.problems.slice(0, 20)) {
    const { code, ...params } = p;
    note(`  ${READ_MESSAGES[MSG][code](params as Record<string, string | number>)}`);
  }
  flagProblems();
}

/** The units to write for; `--remind` keeps those sent this period's file and not returned. */
function chooseTargets(book: MasterBook, ledger: Ledger, opt: SplitSettings, remind: boolean): SplitTarget[] {
  const selected = selectUnits(ledger, opt.units);
  if (selected.problems.length > 0)
    throw new UsageError(
      selected.problems.map((p) => (p.code === "unit-unknown" ? say("unit-unknown", { name: p.name, suggestions: p.suggestions.join("；") }) : say("unit-no-rows", { name: p.name }))).join("；"),
    );
  if (selected.targets.length === 0) throw new UsageError(say("units-empty"));
  if (!remind) return selected.targets;
  const r = unitsToRemind(
    selected.targets.map((t) => t.unit),
    book.exports,
    book.returns,
    opt.period.code,
  );
  if (r.notExported.length > 0) note(say("not-exported", { count: r.notExported.length, names: r.notExported.join("；") }));
  return selected.targets.filter((t) => r.remind.includes(t.unit));
}

interface UnitJob {
  book: MasterBook;
  ledger: Ledger;
  opt: SplitSettings;
  remind: boolean;
  dir: string;
  now: Date;
  time: string;
}

/** Write one unit's file and draft; returns its export records and manifest row. Nothing of it is kept after. */
async function writeUnit(job: UnitJob, t: SplitTarget, fileName: string, id: string): Promise<{ records: ExportRecord[]; row: ManifestRow; draftPath: string | null }> {
  const { book, opt } = job;
  const built = buildWorkbookSpec(book.plan, {
    period: opt.period,
    due: opt.due,
    // Where the unit sends the file back: the master's mailbox, else the sender.
    mailbox: book.options.mailbox ?? opt.from,
    directory: book.directory,
    lang: opt.lang,
    thresholds: book.options.thresholds,
    password: opt.password,
    progress: book.progress,
    scope: { unit: t.unit, exportId: id },
    ledger: job.ledger,
  });
  const data = await writeWorkbook(built.spec);
  writeFileAtomic(path.join(job.dir, fileName), data);
  const records = exportRecords(built.spec, { exportId: id, unit: t.unit, fileName, period: opt.period.code, time: job.time }, book.progress);
  let draft: string | null = null;
  if (t.email !== null && opt.from !== null && isMailAddress(t.email)) {
    draft = draftFileName(fileName);
    const eml = unitMailEml({
      lang: opt.lang,
      kind: job.remind ? "remind" : "send",
      target: { ...t, email: t.email },
      from: { address: opt.from },
      fileName,
      data,
      title: book.plan.meta.title ?? "",
      period: periodLabel(opt.period, opt.lang),
      due: opt.due,
      date: job.now,
      dateText: localDate(job.now),
    });
    writeFileAtomic(path.join(job.dir, draft), eml);
  }
  const notes = [
    ...(job.remind ? [splitMessage("note-remind", opt.lang)] : []),
    ...(draft === null ? [splitMessage("note-no-address", opt.lang)] : []),
    ...(t.collectiveWithoutMembers ? [splitMessage("note-collective", opt.lang)] : []),
  ];
  return { records, row: { unit: t.unit, file: fileName, email: t.email, rows: t.rows, draft, note: notes.join("；") }, draftPath: draft === null ? null : path.join(job.dir, draft) };
}

/** Rewrite the master from the model with the new records, keeping the previous file as a backup; returns the backup's path. */
async function rewriteMaster(bookFile: string, book: MasterBook, opt: SplitSettings, records: readonly ExportRecord[], now: Date): Promise<string> {
  const master = buildWorkbookSpec(book.plan, {
    period: book.options.period,
    due: book.options.due,
    mailbox: book.options.mailbox,
    directory: book.directory,
    lang: book.options.lang,
    thresholds: book.options.thresholds,
    password: opt.password,
    progress: book.progress,
    exports: [...book.exports, ...records],
    returns: book.returns,
  });
  const bytes = await writeWorkbook(master.spec);
  const backup = backupName(bookFile, now);
  fs.copyFileSync(bookFile, backup, fs.constants.COPYFILE_EXCL);
  writeFileAtomic(bookFile, bytes);
  return backup;
}

export async function runSplit(bookFile: string, o: SplitCliOptions): Promise<SplitResult> {
  if (!o.output) throw new UsageError(say("output-missing"));
  if (!fs.existsSync(bookFile) || !fs.statSync(bookFile).isFile()) throw new InputFileError(`找不到总台账：${bookFile}`, bookFile);
  const bytes = fs.readFileSync(bookFile);
  const book = await readMaster(bytes, bookFile);
  const opt = await checkOptions(book, bytes, bookFile, o);
  const now = o.now !== undefined ? new Date(o.now) : new Date();
  const time = now.toISOString().replace(/\.\d+Z$/, "Z");
  reportReadProblems(book);
  reportExtraSheets(book, bookFile);

  const ledger = ledgerFor(book.plan, { period: opt.period, directory: book.directory, lang: opt.lang });
  const remind = o.remind === true;
  const targets = chooseTargets(book, ledger, opt, remind);
  const result: SplitResult = { files: [], drafts: [], manifest: null, backup: null };
  if (targets.length === 0) {
    note(say("remind-none", { period: periodLabel(opt.period, MSG) }));
    return result;
  }
  if (opt.from === null && targets.some((t) => t.email !== null)) throw new UsageError(say("from-missing"));

  const dir = path.resolve(o.output);
  fs.mkdirSync(dir, { recursive: true });
  const names = unitFileNames(
    targets.map((t) => t.unit),
    periodLabel(opt.period, opt.lang),
    splitMessage("file-suffix", opt.lang),
  );
  const taken = new Set(book.exports.map((e) => e.exportId));
  const records: ExportRecord[] = [];
  const manifest: ManifestRow[] = [];
  const job: UnitJob = { book, ledger, opt, remind, dir, now, time };
  for (const [i, t] of targets.entries()) {
    const fileName = names[i] ?? "";
    const id = exportId(opt.period.code, time, i + 1, taken);
    taken.add(id);
    if (t.collectiveWithoutMembers) note(say("collective-without-members", { name: t.unit }));
    // One unit at a time: its spec and bytes are dropped before the next, so 300 files never sit in memory together.
    const w = await writeUnit(job, t, fileName, id);
    records.push(...w.records);
    manifest.push(w.row);
    result.files.push(path.join(dir, fileName));
    if (w.draftPath !== null) result.drafts.push(w.draftPath);
    note(say("progress-line", { i: i + 1, n: targets.length, unit: t.unit, rows: t.rows, file: fileName }));
  }
  result.manifest = path.join(dir, "分发清单.csv");
  writeFileAtomic(result.manifest, manifestCsv(splitMessage("manifest-header", opt.lang), manifest));
  // The master last: its records then describe only files that exist.
  result.backup = await rewriteMaster(bookFile, book, opt, records, now);
  note(say("backup", { file: result.backup }));

  const noAddress = manifest.filter((m) => m.draft === null).map((m) => m.unit);
  if (noAddress.length > 0) note(say("no-address", { count: noAddress.length, names: noAddress.join("；") }));
  note(say("done-line", { files: result.files.length, dir, rows: records.length, drafts: result.drafts.length, manifest: result.manifest, master: path.resolve(bookFile) }));
  return result;
}

export function registerSplit(program: Command): void {
  program
    .command("split")
    .description("按单位拆分总台账：每个单位一个锁定的 .xlsx、一封邮件草稿 (.eml)、分发清单.csv，并在总台账记录分发")
    .argument("<book>", "总台账（duban build 生成的 .xlsx）")
    .option("-o, --output <dir>", "输出目录")
    .option("--period <period>", "报送期次：2024-03（月）或 2024-Q1（季度），默认总台账的期次")
    .option("--due <date>", "报送截止日期，如 2024-03-25")
    .option("--units <names>", "只分发给这些单位（用逗号分隔）")
    .option("--from <addr>", "邮件草稿的发件地址（默认总台账的报送邮箱）")
    .option("--remind", "催报：只给本期已分发但尚未报送的单位生成催报邮件")
    .option("--lang <lang>", "单位文件和邮件的语言：zh-CN 或 en（默认同总台账）")
    .option("--password <password>", "保护密码（总台账设有密码时必须提供）")
    .action(async (book: string, o: SplitCliOptions) => {
      await runSplit(book, o);
    });
}
