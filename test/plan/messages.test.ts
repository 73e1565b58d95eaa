/** Every diagnostic code has a message in every language, and messages render their parameters. */
import { DIAGNOSTIC_CODES, renderDiagnostic, type DiagnosticCode } from "../../src/core/plan/diagnostics";
import { PLAN_MESSAGES } from "../../src/core/plan/messages";
import { LANGS } from "../../src/core/i18n/lang";

const codes = Object.keys(DIAGNOSTIC_CODES) as DiagnosticCode[];

test.each(LANGS)("catalogue %s has exactly the diagnostic codes", (lang) => {
  expect(Object.keys(PLAN_MESSAGES[lang]).sort()).toEqual([...codes].sort());
});

test.each(codes)("%s renders with its line in both languages", (code) => {
  const params = { task: "12", no: 4, prev: 3, missing: "4", firstLine: 9, label: "督办科室", value: "X", variant: "甲", name: "乙", written: "甲（乙）", unit: "各区市政府", char: "荏", expected: "茌", snippet: "来荏创业", start: "（牵头", before: "实", after: "现" };
  const zh = renderDiagnostic({ code, line: 7, params }, "zh-CN");
  const en = renderDiagnostic({ code, line: 7, params }, "en");
  expect(zh.message.startsWith("第7行：")).toBe(true);
  expect(en.message.startsWith("line 7: ")).toBe(true);
  expect(zh.message).toMatch(/[\u4e00-\u9fff]/);
  expect(zh.message).not.toMatch(/undefined/);
  expect(en.message).not.toMatch(/undefined|[\u4e00-\u9fff]{3,}(?![^"]*")/);
  expect(zh.severity).toBe(DIAGNOSTIC_CODES[code]);
});
