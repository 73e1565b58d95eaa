/**
 * `duban split` as the office runs it: the real command in a child process (exit 0, and exit 2 with one
 * Chinese line), then in-process runs of `main()` — the same code path without the start-up cost — for
 * every other rejection and the password.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { makePlan } from "../factories/plan";
import { period } from "../factories/workbook";
import { runCli } from "../helpers/run-cli";
import { buildWorkbookSpec } from "../../src/core/workbook/build";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { runMain } from "../helpers/capture-stderr";
import { PROGRESS_COLUMNS } from "../../src/core/workbook/codes";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-split-cli-"));
const plan = makePlan({ tasks: 12, units: 20, seed: 9 });
const p = period("2024-03");
const plain = path.join(dir, "台账.xlsx");
const locked = path.join(dir, "加密台账.xlsx");
const unitFile = path.join(dir, "单位文件.xlsx");
const corrupt = path.join(dir, "坏文件.xlsx");
const foreign = path.join(dir, "别人的表.xlsx");

beforeAll(async () => {
  fs.writeFileSync(plain, await writeWorkbook(buildWorkbookSpec(plan, { period: p, mailbox: "ducha@example.gov.cn" }).spec));
  fs.writeFileSync(locked, await writeWorkbook(buildWorkbookSpec(plan, { period: p, password: "mima-2024" }).spec));
  const unit = plan.tasks[0]!.leadUnits[0]!;
  fs.writeFileSync(unitFile, await writeWorkbook(buildWorkbookSpec(plan, { period: p, scope: { unit, exportId: "2024-03-X-001" } }).spec));
  fs.writeFileSync(corrupt, Buffer.from("这不是一个 xlsx 文件"));
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sheet1").addRow(["单位", "完成状态"]);
  fs.writeFileSync(foreign, Buffer.from(await wb.xlsx.writeBuffer()));
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** `main()` in this process, stderr captured. */
async function inProcess(args: string[]): Promise<{ code: number; stderr: string }> {
  return runMain(args);
}

const oneLine = (s: string): void => expect(s.trimEnd().split("\n")).toHaveLength(1);

describe("duban split (child process)", () => {
  it("exits 0, writes the files and says where, with nothing on stdout", () => {
    const r = runCli(["split", plain, "-o", path.join(dir, "out"), "--from", "ducha@example.gov.cn"]);
    expect(r.stderr).toMatch(/已分发 \d+ 个单位文件到 /);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(fs.existsSync(path.join(dir, "out", "分发清单.csv"))).toBe(true);
    expect(r.stderr).toMatch(/原总台账已备份为 .*台账\.bak-\d{8}-\d{6}\.xlsx/);
  });

  it("exits 2 with one Chinese line and no stack for a corrupt file", () => {
    const bad = runCli(["split", corrupt, "-o", path.join(dir, "x")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^duban: .*坏文件\.xlsx 不是有效的 Excel 工作簿（\.xlsx），可能已损坏或是其他格式：/);
    oneLine(bad.stderr);
    expect(fs.existsSync(path.join(dir, "x"))).toBe(false);
  });
});

describe("duban split (in process)", () => {
  it("rejects a foreign workbook, a missing file, a missing -o, bad options and unknown units with exit 2", async () => {
    const cases: [string[], RegExp][] = [
      [["split", foreign, "-o", dir], /别人的表\.xlsx 不是 duban 台账：没有 _meta 工作表/],
      [["split", unitFile, "-o", dir], /单位文件\.xlsx 的_meta 工作表表明它是单位报送文件（.+，导出编号 2024-03-X-001），不是总台账/],
      [["split", locked, "-o", dir], /加密台账\.xlsx 设有保护密码：请用 --password 提供同一密码/],
      [["split", path.join(dir, "没有这个.xlsx"), "-o", dir], /找不到总台账/],
      [["split", plain], /缺少输出目录/],
      [["split", plain, "-o", dir, "--period", "2024-13"], /报送期次“2024-13”无效/],
      [["split", plain, "-o", dir, "--due", "3月25日"], /报送截止日期“3月25日”无效/],
      [["split", plain, "-o", dir, "--from", "not-an-address"], /发件地址“not-an-address”不像邮箱地址/],
      [["split", plain, "-o", dir, "--units", "区财政局,区财正局"], /--units 中的“区财正局”不是本台账的单位；是否指：区财政局/],
      [["split", locked, "-o", dir, "--password", "wrong"], /--password 与 .*加密台账\.xlsx 的保护密码不一致/],
    ];
    for (const [args, message] of cases) {
      const r = await inProcess(args);
      expect([args.join(" "), r.code]).toEqual([args.join(" "), 2]);
      expect(r.stderr).toMatch(message);
      oneLine(r.stderr);
    }
  });

  it("exits 1 when the master's 进度 holds invalid cells: they are listed, read as empty, and the split still happens", async () => {
    const spec = buildWorkbookSpec(plan, { period: p, mailbox: "ducha@example.gov.cn" }).spec;
    const status = PROGRESS_COLUMNS.indexOf("status");
    const damaged = { ...spec, sheets: spec.sheets.map((s) => (s.code !== "progress" ? s : { ...s, rows: s.rows.map((r, i) => (i === 0 ? r.map((v, c) => (c === status ? "完成了" : v)) : r)) })) };
    const file = path.join(dir, "有坏格.xlsx");
    fs.writeFileSync(file, await writeWorkbook(damaged));
    const r = await inProcess(["split", file, "-o", path.join(dir, "damaged-out")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("总台账“进度”表有 1 处无效内容，已按空白处理");
    expect(r.stderr).toContain("进度第2行：完成状态“完成了”不在下拉列表中");
    expect(fs.existsSync(path.join(dir, "damaged-out", "分发清单.csv"))).toBe(true);
  });

  it("splits a protected master with its password and keeps the password on the unit files and the rewritten master", async () => {
    const before = fs.readFileSync(locked);
    const r = await inProcess(["split", locked, "-o", path.join(dir, "locked-out"), "--units", plan.tasks[0]!.leadUnits[0]!, "--password", "mima-2024"]);
    expect(r.code).toBe(0);
    const { checkWorkbookPassword } = await import("../../src/xlsx/workbook-password");
    expect(await checkWorkbookPassword(fs.readFileSync(locked), "mima-2024")).toBe("match");
    expect(fs.readFileSync(locked)).not.toEqual(before);
    const [unitOut] = fs.readdirSync(path.join(dir, "locked-out")).filter((f) => f.endsWith(".xlsx"));
    expect(await checkWorkbookPassword(fs.readFileSync(path.join(dir, "locked-out", unitOut!)), "mima-2024")).toBe("match");
  });
});
