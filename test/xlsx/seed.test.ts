/** Golden structure of the seed plan's workbook (茌平区 2024, 105 tasks), parsed by the real parser and read back with ExcelJS. */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parsePlan } from "../../src/core/plan/parse";
import { buildBook } from "../factories/workbook";

const plan = parsePlan(fs.readFileSync(path.join(__dirname, "../../seeds/000_a2f65eecb66ed93a.txt"), "utf8"));
let wb: ExcelJS.Workbook;
let zip: JSZip;
let built: Awaited<ReturnType<typeof buildBook>>["built"];

beforeAll(async () => {
  const r = await buildBook(plan, { mailbox: "ducha@example.gov.cn" });
  built = r.built;
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(r.bytes as unknown as ArrayBuffer);
  zip = await JSZip.loadAsync(r.bytes);
});

const xml = async (n: number): Promise<string> => zip.file(`xl/worksheets/sheet${n}.xml`)!.async("string");

describe("the seed plan's workbook", () => {
  it("has every task, leader and unit of the plan", () => {
    expect(plan.tasks).toHaveLength(105);
    expect(wb.getWorksheet("任务")!.rowCount).toBe(106);
    expect(wb.getWorksheet("领导")!.rowCount).toBe(plan.leaders.length + 1);
    expect(wb.getWorksheet("单位")!.rowCount).toBe(plan.units.length + 1);
    const expectedRows = plan.tasks.reduce((n, t) => n + new Set([...t.leadUnits, ...t.responsibleUnits]).size, 0);
    expect(wb.getWorksheet("进度")!.rowCount).toBe(expectedRows + 1);
    expect(wb.getWorksheet("分工")!.rowCount).toBe(expectedRows + 1);
    expect(wb.getWorksheet("指标")!.rowCount).toBe(plan.tasks.reduce((n, t) => n + t.targets.length, 0) + 1);
  });

  it("keys rows task|unit|role, uniquely, with the collective kept whole when no members are listed", () => {
    const keys = built.ledger.assignments.map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, 3)).toEqual(["1|区发展改革局|lead", "1|区直有关部门单位|co", "1|各乡镇人民政府、街道办事处|co"]);
    expect(keys.filter((k) => k.startsWith("26|"))).toEqual(["26|区经济开发区管委会|lead"]);
    const ws = wb.getWorksheet("进度")!;
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getRow(2).getCell(c).value)).toEqual(["1|区发展改革局|lead", 1, "地区生产总值增长6%左右。", "区发展改革局", "牵头", new Date("2024-12-31T00:00:00Z")]);
    expect(ws.getCell("F2").numFmt).toBe("yyyy-mm-dd"); // the end of the plan year by default
  });

  it("writes the deadline as serial 45657 (2024-12-31) in the sheet XML", async () => {
    expect(await xml(6)).toMatch(/<c r="F2" s="\d+"><v>45657<\/v><\/c>/);
  });

  it("has the validations, formats, protection and tables of every sheet", async () => {
    const counts: Record<string, [number, number, boolean]> = {};
    for (const [i, ws] of wb.worksheets.entries()) {
      const x = await xml(i + 1);
      counts[ws.name] = [(x.match(/<dataValidation /g) ?? []).length, (x.match(/<cfRule /g) ?? []).length, /<sheetProtection [^>]*sheet="1"/.test(x)];
    }
    expect(counts).toEqual({
      说明: [0, 0, true],
      任务: [0, 4, true],
      领导: [1, 0, true],
      单位: [4, 0, true],
      分工: [0, 0, true],
      进度: [11, 11, true],
      指标: [0, 0, true],
      汇总: [0, 0, true],
      分发记录: [0, 0, true],
      列表: [0, 0, true],
      _meta: [0, 0, true],
    });
    const cf = await xml(6);
    expect((cf.match(/<cfRule type="expression"/g) ?? []).length).toBe(11);
    expect(cf).not.toContain('type="containsText"');
    expect(Object.keys(zip.files).filter((f) => /^xl\/tables\/.*\.xml$/.test(f))).toHaveLength(6);
  });

  it("puts the plan's header on the cover", () => {
    const ws = wb.getWorksheet("说明")!;
    const v = new Map<string, unknown>();
    ws.eachRow((r) => v.set(String(r.getCell(1).value ?? ""), r.getCell(2).value));
    expect(v.get("文号")).toBe("聊茌政发〔2024〕1号");
    expect(v.get("印发单位")).toBe("聊城市茌平区人民政府");
    expect(v.get("报送期次")).toBe("2024年3月");
    expect(v.get("序时进度")).toBe(0.25);
    expect(v.get("方案标识")).toBe(plan.meta.planId);
  });

  it("sums to the plan in 汇总: one unit block row per unit, one section row per section", () => {
    expect(built.summary.units).toHaveLength(plan.units.length);
    expect(built.summary.sections.map((s) => s.name)).toEqual(plan.sections.filter((s) => plan.tasks.some((t) => t.section === s.id)).map((s) => s.title));
    expect(built.summary.sectionTotal.total).toBe(105);
    expect(built.summary.unitTotal.total).toBe(built.ledger.assignments.length);
    expect(built.summary.unitTotal.lead).toBe(plan.tasks.reduce((n, t) => n + t.leadUnits.length, 0));
  });
});
