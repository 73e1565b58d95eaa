/** Golden structure of a built workbook, read back with ExcelJS (reading only: nothing is re-saved). */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { makePlan } from "../factories/plan";
import { buildBook } from "../factories/workbook";
import { readCodedRows, readMeta, readWorkbookValues } from "../../src/xlsx/read-workbook";
import { PROGRESS_COLUMNS } from "../../src/core/workbook/codes";

async function sheetXml(xlsx: Buffer, n: number): Promise<string> {
  const zip = await JSZip.loadAsync(xlsx);
  const f = zip.file(`xl/worksheets/sheet${n}.xml`);
  if (!f) throw new Error(`no sheet${n}.xml`);
  return f.async("string");
}

const plan = makePlan({ tasks: 40, units: 45, awkward: true, seed: 3 });
let wb: ExcelJS.Workbook;
let bytes: Buffer;
let built: Awaited<ReturnType<typeof buildBook>>["built"];

beforeAll(async () => {
  ({ built, bytes } = await buildBook(plan, { mailbox: "ducha@example.gov.cn", due: "2024-03-25" }));
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
});

const sheet = (name: string): ExcelJS.Worksheet => {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
};
const headers = (ws: ExcelJS.Worksheet): unknown[] => (ws.getRow(1).values as unknown[]).slice(1);

describe("built workbook structure", () => {
  it("has the sheets in order, with the lists hidden and _meta very hidden", () => {
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["说明", "visible"],
      ["任务", "visible"],
      ["领导", "visible"],
      ["单位", "visible"],
      ["分工", "visible"],
      ["进度", "visible"],
      ["指标", "visible"],
      ["汇总", "visible"],
      ["分发记录", "visible"],
      ["列表", "hidden"],
      ["_meta", "veryHidden"],
    ]);
  });

  it("writes the 进度 headers of the issue in order, 行键 hidden, one row per assignment", () => {
    const ws = sheet("进度");
    expect(headers(ws)).toEqual(["行键", "序号", "任务内容", "单位", "角色", "完成时限", "完成状态", "完成进度(%)", "实际完成值", "进展情况", "存在问题", "下步打算", "佐证材料", "填报人", "联系电话", "填报日期", "审核意见"]);
    expect(ws.getColumn(1).hidden).toBe(true);
    expect(ws.getColumn(2).hidden).toBe(false);
    expect(ws.rowCount).toBe(built.ledger.assignments.length + 1);
    expect(ws.getCell("A2").value).toBe(built.ledger.assignments[0]?.key);
    expect(String(ws.getCell("A2").value)).toMatch(/^[^|]+\|[^|]+\|(lead|co)$/);
  });

  it("has one row per task, leader, unit, assignment and target", () => {
    expect(sheet("任务").rowCount).toBe(plan.tasks.length + 1);
    expect(headers(sheet("任务"))).toEqual(["序号", "篇章", "分项", "任务内容", "牵头领导", "牵头单位", "责任单位", "量化目标", "完成时限", "任务状态"]);
    expect(sheet("领导").rowCount).toBe(built.ledger.leaders.length + 1);
    expect(sheet("单位").rowCount).toBe(built.ledger.units.length + 1);
    expect(headers(sheet("单位"))).toEqual(["单位名称", "类别", "别名", "牵头任务数", "配合任务数", "联系人", "联系电话", "电子邮箱", "成员单位"]);
    expect(sheet("分工").rowCount).toBe(built.ledger.assignments.length + 1);
    expect(sheet("指标").rowCount).toBe(plan.tasks.reduce((n, t) => n + t.targets.length, 0) + 1);
  });

  it("adds one validation per input column of 进度, by range, with Chinese prompts", async () => {
    // ExcelJS's reader expands validations per cell, so read the sheet XML itself.
    const xml = await sheetXml(bytes, 6);
    const dvs = [...xml.matchAll(/<dataValidation ([^>]*)>(.*?)<\/dataValidation>/g)].map((m) => ({
      attrs: m[1] ?? "",
      sqref: /sqref="([^"]+)"/.exec(m[1] ?? "")?.[1],
      type: /type="([^"]+)"/.exec(m[1] ?? "")?.[1],
      formulas: [...(m[2] ?? "").matchAll(/<formula\d>([^<]*)<\/formula\d>/g)].map((f) => f[1]),
    }));
    const n = built.ledger.assignments.length + 1;
    expect(dvs.map((d) => d.sqref)).toEqual(["G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q"].map((c) => `${c}2:${c}${n}`));
    expect(dvs.map((d) => d.type)).toEqual(["list", "whole", "decimal", "textLength", "textLength", "textLength", "textLength", "textLength", "textLength", "date", "list"]);
    expect(dvs[0]?.formulas).toEqual(["duban_status"]);
    expect(dvs[1]?.formulas).toEqual(["0", "100"]);
    expect(dvs[9]?.formulas).toEqual(["45352", "45382"]); // 2024-03-01 … 2024-03-31
    expect(dvs[10]?.formulas).toEqual(["duban_review"]);
    for (const d of dvs) {
      expect(d.attrs).toMatch(/showErrorMessage="1"/);
      expect(d.attrs).toMatch(/error="[^"]*[\u4e00-\u9fff]/);
      expect(d.attrs).toMatch(/prompt="[^"]*[\u4e00-\u9fff]/);
    }
    expect(dvs[0]?.attrs).toContain("未启动");
  });

  it("keeps dropdown sources on the hidden lists sheet through defined names, never inline", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toContain(`<definedName name="duban_status">&apos;列表&apos;!$A$2:$A$5</definedName>`);
    expect(book).toContain(`<definedName name="duban_review">&apos;列表&apos;!$C$2:$C$3</definedName>`);
    expect(book).toMatch(/<workbookProtection lockStructure="1"\/>/);
    const lists = sheet("列表");
    expect([2, 3, 4, 5].map((r) => lists.getCell(`A${r}`).value)).toEqual(["未启动", "正常推进", "进度滞后", "已完成"]);
    // No list validation anywhere carries an inline "a,b,c" list.
    for (let i = 1; i <= wb.worksheets.length; i++) expect(await sheetXml(bytes, i)).not.toMatch(/<formula1>&quot;/);
  });

  it("protects every sheet and unlocks only input cells", () => {
    for (const ws of wb.worksheets) expect((ws as unknown as { sheetProtection: { sheet: boolean } | null }).sheetProtection?.sheet).toBe(true);
    const ws = sheet("进度");
    const locked = (addr: string): boolean => ws.getCell(addr).protection?.locked !== false;
    expect(["A2", "B2", "C2", "D2", "E2", "F2"].map(locked)).toEqual([true, true, true, true, true, true]);
    expect(["G2", "H2", "J2", "K2", "L2", "M2", "N2", "O2", "P2"].map(locked)).toEqual(new Array(9).fill(false));
    expect(locked("Q2")).toBe(true); // 审核意见: the office's, locked for units
    expect(locked("A1")).toBe(true);
    // 实际完成值 is open only where the task has a numeric target
    const taskById = new Map(plan.tasks.map((t) => [t.id, t]));
    built.ledger.assignments.forEach((a, i) => expect(locked(`I${i + 2}`)).toBe((taskById.get(a.taskId)?.targets.length ?? 0) === 0));
    expect(sheet("任务").getCell("D2").protection?.locked).not.toBe(false);
  });

  it("freezes header rows, sets widths, wrap, text formats and print setup", () => {
    const ws = sheet("进度");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1, xSplit: 2 });
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(40);
    expect(ws.getCell("C2").alignment?.wrapText).toBe(true);
    expect(ws.getCell("O2").numFmt).toBe("@"); // 联系电话 as text
    expect(ws.getCell("F2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    for (const name of ["任务", "领导", "单位", "分工", "进度", "指标"]) expect(sheet(name).views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("makes Excel tables with a style on the list sheets", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const tables = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async("string")));
    const names = tables.map((t) => /displayName="([^"]+)"/.exec(t)?.[1]).sort();
    expect(names).toEqual(["duban_assignments", "duban_leaders", "duban_progress", "duban_targets", "duban_tasks", "duban_units"]);
    for (const t of tables) expect(t).toMatch(/tableStyleInfo name="TableStyleMedium2"/);
  });

  it("uses expression conditional formats only: status colours, traffic light, required-but-empty", () => {
    const cfs = (sheet("进度") as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    const rules = cfs.flatMap((c) => c.rules.map((r) => ({ ref: c.ref, ...r })));
    expect(new Set(rules.map((r) => r.type))).toEqual(new Set(["expression"]));
    expect(rules.filter((r) => r.ref.startsWith("G2:")).map((r) => r.formulae[0])).toEqual(['$G2="已完成"', '$G2="正常推进"', '$G2="进度滞后"', '$G2="未启动"']);
    const light = rules.filter((r) => r.ref.startsWith("H2:")).map((r) => r.formulae[0]);
    expect(light).toEqual([
      'AND($G2<>"已完成",OR($F2<45382,AND(ISNUMBER($H2),25-$H2>30)))',
      'AND($G2<>"已完成",ISNUMBER($H2),25-$H2>=10)',
      'OR($G2="已完成",ISNUMBER($H2))',
    ]);
    expect(rules.find((r) => r.ref.startsWith("K2:"))?.formulae[0]).toBe('AND($G2="进度滞后",LEN(TRIM($K2))=0)');
  });

  it("writes text that looks like a formula as text, never as a formula", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheets = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async("string")));
    const formulaCount = sheets.reduce((n, x) => n + (x.match(/<f>/g)?.length ?? 0), 0);
    const specFormulas = built.spec.sheets.reduce((n, s) => n + s.rows.flat().filter((v) => typeof v === "object" && v !== null && "formula" in v).length, 0);
    expect(formulaCount).toBe(specFormulas);
    const eq = plan.tasks.find((t) => t.text.startsWith("="));
    expect(eq).toBeDefined();
    const row = built.ledger.tasks.findIndex((t) => t.id === eq?.id) + 2;
    expect(sheet("任务").getCell(`D${row}`).value).toBe(eq?.text.replace(/\r\n/g, "\r\n"));
  });

  it("fills the cover with period, due date, mailbox and legend", () => {
    const ws = sheet("说明");
    const pairs = new Map<string, unknown>();
    ws.eachRow((r) => pairs.set(String(r.getCell(1).value ?? ""), r.getCell(2).value));
    expect(pairs.get("报送期次")).toBe("2024年3月");
    expect(pairs.get("报送邮箱")).toBe("ducha@example.gov.cn");
    expect(pairs.get("报送截止")).toBeInstanceOf(Date);
    expect(pairs.get("方案标识")).toBe(plan.meta.planId);
    const howTo: string[] = [];
    ws.eachRow((r) => howTo.push(String(r.getCell(2).value ?? "")));
    expect(howTo).toContain("5. 请于2024-03-25前将填好的本文件发送至ducha@example.gov.cn。");
  });

  it("keeps column codes in _meta so Chinese and English workbooks read the same rows", async () => {
    const en = await buildBook(plan, { lang: "en", mailbox: "ducha@example.gov.cn", due: "2024-03-25" });
    const zhSheets = await readWorkbookValues(bytes);
    const enSheets = await readWorkbookValues(en.bytes);
    expect(enSheets.map((s) => s.name)).toEqual(["About", "Tasks", "Leaders", "Units", "Assignments", "Progress", "Targets", "Summary", "Exports", "Lists", "_meta"]);
    const zhMeta = readMeta(zhSheets)!;
    const enMeta = readMeta(enSheets)!;
    expect(zhMeta.columns.get("progress")).toEqual([...PROGRESS_COLUMNS]);
    expect(zhMeta.values.get("planId")).toBe(plan.meta.planId);
    expect(zhMeta.values.get("schemaVersion")).toBe(2);
    const zhRows = readCodedRows(zhSheets, zhMeta, "progress");
    const enRows = readCodedRows(enSheets, enMeta, "progress");
    expect(zhRows.map((r) => [r.key, r.unit, r.deadline])).toEqual(enRows.map((r) => [r.key, r.unit, r.deadline]));
    expect(zhRows.length).toBe(built.ledger.assignments.length);
    expect(zhMeta.rowHashes.get("progress")?.size).toBe(built.ledger.assignments.length);
    expect(enMeta.labels.get("status")?.get("Completed")).toBe("done");
    expect(zhMeta.labels.get("status")?.get("已完成")).toBe("done");
    // cached formula results read back, zeros included (ExcelJS's cell.value drops them)
    const summary = zhSheets.find((s) => s.name === "汇总")!;
    const first = built.summaryLayout.units.first;
    expect(summary.rows[first - 1]?.[4]).toEqual({ formula: expect.stringContaining("COUNTIFS("), result: built.summary.units[0]?.notStarted });
    expect(built.summary.units[0]?.notStarted).toBe(0);
  });

  it("sets a password on sheets and structure only when asked", async () => {
    const { bytes: locked } = await buildBook(makePlan({ tasks: 3 }), { password: "s3cret" });
    const zip = await JSZip.loadAsync(locked);
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="[^"]+" workbookSaltValue="[^"]+" workbookSpinCount="100000" lockStructure="1"\/>/);
    expect(await zip.file("xl/worksheets/sheet6.xml")!.async("string")).toMatch(/<sheetProtection[^>]*algorithmName="SHA-512"/);
    const plain = await JSZip.loadAsync(bytes);
    expect(await plain.file("xl/worksheets/sheet6.xml")!.async("string")).not.toMatch(/hashValue/);
  });
});
