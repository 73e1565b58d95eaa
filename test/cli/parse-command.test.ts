/** `duban parse`: summary, --json (stdout holds only JSON), exit codes 0/1/2. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { PlanSchema } from "../../src/core/plan/schema";
import { runCli } from "../helpers/run-cli";

const SEED = "seeds/000_a2f65eecb66ed93a.txt";
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "duban-cli-"));

test("summary in Chinese, exit 0", () => {
  const r = runCli(["parse", SEED]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("共 105 项任务，10 个篇章，9 位牵头领导");
  expect(r.stdout).toContain("聊茌政发〔2024〕1号");
  expect(r.stdout).toMatch(/\[warning\] 第173行：/);
});

test("--json prints exactly one Plan object on stdout", () => {
  const r = runCli(["parse", SEED, "--json"]);
  expect(r.code).toBe(0);
  const plan = PlanSchema.parse(JSON.parse(r.stdout));
  expect(plan.tasks).toHaveLength(105);
  expect(plan.tasks[11]).toMatchObject({ id: "12", leaders: ["王惠峰", "高红平"], leadUnits: ["区工业和信息化局"] });
});

test("--lang en summary", () => {
  const r = runCli(["parse", SEED, "--lang", "en"]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("105 tasks, 10 sections, 9 leaders");
});

test("a plan with errors: output still printed, exit 1", () => {
  const r = runCli(["parse", "test/fixtures/plans/error.missing-number.txt", "--json"]);
  expect(r.code).toBe(1);
  const plan = PlanSchema.parse(JSON.parse(r.stdout));
  expect(plan.diagnostics.some((d) => d.code === "task-number-missing")).toBe(true);
});

test.each([
  [["parse", "no-such-file.txt"], /找不到文件：no-such-file.txt/],
  [["parse"], /缺少参数/],
  [["parse", SEED, "--bogus"], /未知选项/],
  [["parse", SEED, "--lang", "fr"], /--lang 只能是/],
])("unusable input %j: one Chinese line on stderr, exit 2", (args, message) => {
  const r = runCli(args);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe("");
});

test("a PDF or a workbook given as a plan is refused with a clear message", () => {
  const pdf = path.join(tmp, "方案.pdf");
  fs.writeFileSync(pdf, "%PDF-1.7\n...");
  expect(runCli(["parse", pdf]).stderr).toMatch(/是 PDF 文件/);
  const xlsx = path.join(tmp, "台账.xlsx");
  fs.writeFileSync(xlsx, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]));
  expect(runCli(["parse", xlsx]).stderr).toMatch(/是 Excel 工作簿/);
});
