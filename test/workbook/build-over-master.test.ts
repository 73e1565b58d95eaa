/**
 * `duban build PLAN -o BOOK.xlsx` when BOOK.xlsx already exists: a master's progress, contacts and
 * export records are kept (nothing a unit sent is lost), the old file is backed up, and a file that is
 * not a master is never overwritten.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runMain } from "../helpers/capture-stderr";
import { parsePlan } from "../../src/core/plan/parse";
import { buildWorkbookSpec, ledgerFor } from "../../src/core/workbook/build";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { readMaster } from "../../src/xlsx/read-master";
import { fillProgress } from "../factories/progress";
import { period } from "../factories/workbook";

const SEED = path.join(__dirname, "../../seeds/000_a2f65eecb66ed93a.txt");
const seedText = fs.readFileSync(SEED, "utf8");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-rebuild-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; err: string }> {
  const { code, stderr } = await runMain(["build", ...args]);
  return { code, err: stderr };
}

/** A master as the office has it after a month: progress filled in, a contact typed in. */
async function filledMaster(file: string): Promise<Map<string, unknown>> {
  const plan = parsePlan(seedText);
  const p = period("2024-03");
  const directory = { units: [{ name: "区财政局", contact: "张三", phone: "0635-4261234", email: "czj@example.gov.cn", members: [], line: 2 }] };
  const progress = fillProgress(ledgerFor(plan, { period: p, directory }), p, 3);
  const { spec } = buildWorkbookSpec(plan, { period: p, due: "2024-03-25", mailbox: "ducha@example.gov.cn", directory, progress });
  fs.writeFileSync(file, await writeWorkbook(spec));
  return progress;
}

test("rebuilding over a master keeps progress, contacts and settings, and backs the old file up", async () => {
  const book = path.join(dir, "keep", "台账.xlsx");
  fs.mkdirSync(path.dirname(book));
  const progress = await filledMaster(book);
  const before = fs.readFileSync(book);
  const { code, err } = await run(SEED, "-o", book);
  expect(code).toBe(0);
  expect(err).toMatch(/已读取原台账并保留其中的进度 \d+ 条/);
  const back = await readMaster(fs.readFileSync(book), book);
  expect(back.options.period.code).toBe("2024-03");
  expect(back.options.mailbox).toBe("ducha@example.gov.cn");
  expect(back.directory.units.find((u) => u.name === "区财政局")?.email).toBe("czj@example.gov.cn");
  for (const [k, v] of progress) expect(back.progress.get(k)).toEqual(v);
  // Rows nobody filled read back empty.
  for (const [k, v] of back.progress) if (!progress.has(k)) expect(Object.values(v).every((x) => x === null)).toBe(true);
  const backups = fs.readdirSync(path.dirname(book)).filter((f) => f.includes(".bak-"));
  expect(backups).toHaveLength(1);
  expect(fs.readFileSync(path.join(path.dirname(book), backups[0]!)).equals(before)).toBe(true);
});

test("progress on rows the new plan no longer has: reported, exit 1, kept in the backup", async () => {
  const book = path.join(dir, "drop", "台账.xlsx");
  fs.mkdirSync(path.dirname(book));
  const progress = await filledMaster(book);
  // The new plan drops task 105.
  const shorter = path.join(dir, "drop", "plan.txt");
  fs.writeFileSync(shorter, seedText.replace(/\n105\. [^\n]*/, "\n"));
  const { code, err } = await run(shorter, "-o", book);
  const gone = [...progress.keys()].filter((k) => k.startsWith("105|"));
  expect(gone.length).toBeGreaterThan(0);
  expect(code).toBe(1);
  expect(err).toContain(`原台账有 ${gone.length} 条已填进度在新方案中没有对应的行`);
  expect(err).toContain(gone[0]!);
  const backup = fs.readdirSync(path.dirname(book)).find((f) => f.includes(".bak-"))!;
  const old = await readMaster(fs.readFileSync(path.join(path.dirname(book), backup)), backup);
  for (const k of gone) expect(old.progress.get(k)).toEqual(progress.get(k));
});

test("an existing file that is not a master is never overwritten", async () => {
  const other = path.join(dir, "其他.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").getCell("A1").value = "别人的表";
  await wb.xlsx.writeFile(other);
  const before = fs.readFileSync(other);
  const { code, err } = await run(SEED, "-o", other);
  expect(code).toBe(2);
  expect(err).toMatch(/已存在，但不是可读取的 duban 总台账.*为免覆盖，请换一个输出文件名/);
  expect(fs.readFileSync(other).equals(before)).toBe(true);
});

test("a sheet the office added by hand is named (it stays in the backup), exit 1", async () => {
  const book = path.join(dir, "extra", "台账.xlsx");
  fs.mkdirSync(path.dirname(book));
  await filledMaster(book);
  // The office adds its own sheet in Excel (simulated with ExcelJS: only values matter to the reader).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(book);
  wb.addWorksheet("督查备注").getCell("A1").value = "三月份重点关注";
  await wb.xlsx.writeFile(book);
  const { code, err } = await run(SEED, "-o", book);
  expect(code).toBe(1);
  expect(err).toContain("duban 不认识的工作表“督查备注”");
  const backup = fs.readdirSync(path.dirname(book)).find((f) => f.includes(".bak-"))!;
  const kept = new ExcelJS.Workbook();
  await kept.xlsx.readFile(path.join(path.dirname(book), backup));
  expect(kept.getWorksheet("督查备注")?.getCell("A1").value).toBe("三月份重点关注");
});
