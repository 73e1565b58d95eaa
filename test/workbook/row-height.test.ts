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
