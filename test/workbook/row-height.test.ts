/** Estimated heights for wrapped rows: enough lines for the text, never above Excel's limit. */
import { displayWidth, rowHeight, wrappedLines } from "../../src/core/workbook/row-height";

test("CJK counts double, ASCII single", () => {
  expect(displayWidth("区财政局")).toBe(8);
  expect(displayWidth("DCMM 3家")).toBe(8);
  expect(displayWidth("（一）")).toBe(6);
});

test("lines follow width and explicit line breaks", () => {
  expect(wrappedLines("一二三四五", 11)).toBe(1);
  expect(wrappedLines("一二三四五六", 11)).toBe(2);
  expect(wrappedLines("甲\n乙\n丙", 40)).toBe(3);
  expect(wrappedLines("", 10)).toBe(1);
});

test("row height: null for one line, grows with the tallest wrapped cell, capped", () => {
  expect(rowHeight([{ text: "短", width: 20, wrap: true }])).toBeNull();
  const task = "立足制造业强区建设不动摇，以新型工业化为方向，加快构建现代产业体系，奋力争创全省工业十强县。";
  const h = rowHeight([
    { text: task, width: 50, wrap: true },
    { text: task, width: 10, wrap: false },
  ])!;
  expect(h).toBeGreaterThanOrEqual(2 * 14.5);
  expect(h).toBeLessThan(4 * 14.5);
  expect(rowHeight([{ text: "字".repeat(5000), width: 10, wrap: true }])).toBe(409);
});

test("a built workbook gives long task rows their height, and the .xlsx carries it", async () => {
  const { makePlan, makeTask } = await import("../factories/plan");
  const { period } = await import("../factories/workbook");
  const { buildWorkbookSpec } = await import("../../src/core/workbook/build");
  const { writeWorkbook } = await import("../../src/xlsx/write-workbook");
  const ExcelJS = (await import("exceljs")).default;
  const long = "持续深耕铝及铝加工主导产业，布局拓展汽车轻量化、功能用铝等领域，实施骏程新能源锻造车轮等项目，打造千亿级产业集群。".repeat(3);
  const plan = makePlan({ tasks: 3 });
  plan.tasks[0] = makeTask({ ...plan.tasks[0]!, text: long });
  plan.tasks[1] = makeTask({ ...plan.tasks[1]!, text: "短" });
  const { spec } = buildWorkbookSpec(plan, { period: period("2024-03") });
  const tasks = spec.sheets.find((s) => s.code === "tasks")!;
  const textCol = tasks.columns.findIndex((c) => c.code === "text");
  const h0 = tasks.rowHeights?.[0] ?? 0;
  expect(h0).toBeGreaterThanOrEqual(rowHeight([{ text: long, width: tasks.columns[textCol]!.width, wrap: true }])!);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeWorkbook(spec)) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(tasks.name)!;
  expect(ws.getRow(2).height).toBe(h0);
  expect(ws.getRow(2).height).toBeGreaterThan(3 * 14.5);
});
