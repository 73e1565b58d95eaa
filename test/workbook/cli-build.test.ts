/** `duban build` end to end, in process: files, messages, exit codes. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { runMain } from "../helpers/capture-stderr";
import { makePlan } from "../factories/plan";

const SEED = path.join(__dirname, "../../seeds/000_a2f65eecb66ed93a.txt");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-build-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; err: string }> {
  const { code, stderr } = await runMain(["build", ...args]);
  return { code, err: stderr };
}

describe("duban build", () => {
  it("builds the seed plan's workbook and says where and how much, in Chinese", async () => {
    const out = path.join(dir, "out", "台账.xlsx");
    const { code, err } = await run(SEED, "-o", out, "--period", "2024-03", "--mailbox", "ducha@example.gov.cn");
    expect(code).toBe(0);
    expect(err).toMatch(new RegExp(`已写入 .*台账\\.xlsx：任务 105 项，单位 \\d+ 个，领导 \\d+ 人，分工 \\d+ 条，指标 \\d+ 项；报送期次 2024年3月，截止 2024-03-25`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet("任务")?.rowCount).toBe(106);
    // no temp file left beside it
    expect(fs.readdirSync(path.dirname(out))).toEqual(["台账.xlsx"]);
  });

  it("reads a Plan JSON and an English build", async () => {
    const json = path.join(dir, "plan.json");
    fs.writeFileSync(json, JSON.stringify(makePlan({ tasks: 5 })));
    const out = path.join(dir, "en.xlsx");
    const { code } = await run(json, "-o", out, "--lang", "en", "--period", "2024-Q1");
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toContain("Progress");
    expect(wb.getWorksheet("About")?.getCell("B5").value).toBe("2024 Q1");
  });

  it("fills contacts and collective members from --units", async () => {
    const json = path.join(dir, "plan2.json");
    const plan = makePlan({ tasks: 8, seed: 2 });
    plan.tasks[0]!.responsibleUnits = ["各乡镇人民政府、街道办事处"];
    if (!plan.units.some((u) => u.name === "各乡镇人民政府、街道办事处"))
      plan.units.push({ name: "各乡镇人民政府、街道办事处", kind: "collective", aliases: [], leadTasks: [], responsibleTasks: ["1"] });
    fs.writeFileSync(json, JSON.stringify(plan));
    const csv = path.join(dir, "units.csv");
    fs.writeFileSync(
      csv,
      "\uFEFF单位名称,联系人,联系电话,电子邮箱,成员单位\r\n" +
        `${plan.tasks[0]!.leadUnits[0]},李四,06354261234,lisi@example.gov.cn,\r\n` +
        `各乡镇人民政府、街道办事处,,,,"振兴街道办事处\n信发街道办事处"\r\n` +
        "不存在的单位,王五,1,bad-mail,\r\n",
    );
    const out = path.join(dir, "units.xlsx");
    const { code, err } = await run(json, "-o", out, "--units", csv, "--period", "2024-03");
    expect(code).toBe(0); // warnings only
    expect(err).toContain("方案中没有单位“不存在的单位”");
    expect(err).toContain("不像邮箱地址");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const units = wb.getWorksheet("单位")!;
    const rows = new Map<string, unknown[]>();
    units.eachRow((r) => rows.set(String(r.getCell(1).value), (r.values as unknown[]).slice(1)));
    const lead = rows.get(plan.tasks[0]!.leadUnits[0]!);
    expect(lead?.[5]).toBe("李四");
    expect(lead?.[6]).toBe("06354261234"); // text: the leading zero survives
    expect(lead?.[7]).toBe("lisi@example.gov.cn");
    const group = rows.get("各乡镇人民政府、街道办事处");
    expect(group?.[1]).toBe("集合");
    expect(group?.[8]).toBe("振兴街道办事处\n信发街道办事处");
    const cover = wb.getWorksheet("说明")!;
    const lines: string[] = [];
    cover.eachRow((r) => lines.push(String(r.getCell(2).value ?? "")));
    expect(lines).toContain("5. 请于2024-03-25前将填好的本文件发送至报送邮箱。");
    const progress = wb.getWorksheet("进度")!;
    const keys: string[] = [];
    progress.eachRow((r, i) => i > 1 && keys.push(String(r.getCell(1).value)));
    expect(keys).toContain("1|振兴街道办事处|co");
    expect(keys).toContain("1|信发街道办事处|co");
    expect(keys).not.toContain("1|各乡镇人民政府、街道办事处|co");
  });

  it("still writes the workbook but exits 1 when the plan has errors or the units CSV is unusable", async () => {
    const json = path.join(dir, "plan-err.json");
    const plan = makePlan({ tasks: 3 });
    plan.diagnostics = [{ code: "no-tasks", severity: "error", line: null, message: "x" }];
    fs.writeFileSync(json, JSON.stringify(plan));
    const out = path.join(dir, "err.xlsx");
    const r = await run(json, "-o", out, "--period", "2024-03");
    expect(r.code).toBe(1);
    expect(r.err).toContain("方案有 1 个错误");
    expect(fs.existsSync(out)).toBe(true);
    const csv = path.join(dir, "bad.csv");
    fs.writeFileSync(csv, "联系人,电话\n张三,1\n");
    const ok = path.join(dir, "ok-plan.json");
    fs.writeFileSync(ok, JSON.stringify(makePlan({ tasks: 3 })));
    const r2 = await run(ok, "-o", path.join(dir, "csv.xlsx"), "--units", csv, "--period", "2024-03");
    expect(r2.code).toBe(1);
    expect(r2.err).toContain("找不到“单位名称”列");
  });

  it.each([
    [["--period", "2024-13"], "报送期次“2024-13”无效"],
    [["--due", "2024-02-30"], "报送截止日期“2024-02-30”无效"],
    [["--mailbox", "nobody"], "报送邮箱“nobody”不像邮箱地址"],
    [["--lang", "fr"], "--lang 只能是"],
    [["--password", ""], "保护密码不能为空"],
  ])("rejects %j with one Chinese line and exit 2", async (args, msg) => {
    const { code, err } = await run(SEED, "-o", path.join(dir, "bad.xlsx"), ...args);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toContain(msg);
    expect(fs.existsSync(path.join(dir, "bad.xlsx"))).toBe(false);
  });

  it("exits 2 without -o, with a non-.xlsx output, or on a missing plan", async () => {
    expect((await run(SEED)).err).toContain("缺少输出文件");
    expect((await run(SEED)).code).toBe(2);
    expect((await run(SEED, "-o", path.join(dir, "x.csv"))).code).toBe(2);
    const missing = await run(path.join(dir, "nope.txt"), "-o", path.join(dir, "y.xlsx"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("找不到文件");
  });
});
