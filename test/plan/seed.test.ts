/**
 * The seed plan (茌平区 2024, 105 tasks). The expected file was checked by hand against the document,
 * task by task; the invariants below restate what DOMAIN.md promises about it.
 */
import * as fs from "fs";
import * as path from "path";
import { parsePlan } from "../../src/core/plan/parse";
import { PlanSchema } from "../../src/core/plan/schema";

const ROOT = path.join(__dirname, "../..");
const SEED = path.join(ROOT, "seeds/000_a2f65eecb66ed93a.txt");
const EXPECTED = path.join(ROOT, "test/fixtures/seed/000_a2f65eecb66ed93a.expected.json");
const plan = parsePlan(fs.readFileSync(SEED, "utf8"));

test("the plan matches its schema", () => {
  expect(() => PlanSchema.parse(plan)).not.toThrow();
});

test("counts: 105 tasks, 10 sections, 9 leaders, 5 tasks without 责任单位", () => {
  expect(plan.tasks).toHaveLength(105);
  expect(plan.tasks.map((t) => t.no)).toEqual(Array.from({ length: 105 }, (_, i) => i + 1));
  expect(plan.sections.map((s) => s.id)).toEqual(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]);
  expect(plan.leaders.map((l) => l.name).sort()).toEqual(
    ["王惠峰", "高红平", "刘田", "马欢", "刘泽升", "宋静", "孔志勇", "孟霄鹏", "刘健"].sort(),
  );
  expect(plan.tasks.filter((t) => t.responsibleUnits.length === 0).map((t) => t.id)).toEqual(["26", "71", "78", "91", "92"]);
});

test("no unit name carries an OCR misreading, a bracket or a page-break fragment", () => {
  for (const u of plan.units) {
    expect(u.name).not.toMatch(/荏平|（|\(|\s/);
    // A fragment such as `有关乡` or `镇人民政府、街道办事处` does not start like a unit name.
    expect(u.name).toMatch(/^(区|市|各|有关|共青团|聊城|人行|乐平铺|振兴|信发|贾寨|肖庄|菜屯|博平|冯官屯)/);
    expect(u.name.length).toBeGreaterThanOrEqual(3);
  }
  // A fragment would classify as `other`; the only `other` is a company.
  expect(plan.units.filter((u) => u.kind === "other").map((u) => u.name)).toEqual(["区土发集团"]);
});

test("unit traps: collectives whole, second names folded, OCR variants folded with a warning", () => {
  const names = plan.units.map((u) => u.name);
  expect(names).toContain("各乡镇人民政府、街道办事处");
  expect(names).toContain("有关乡镇人民政府、街道办事处");
  expect(names).toContain("区安委会各成员单位");
  expect(names).not.toContain("街道办事处");
  expect(names).not.toContain("区地方金融监管局");
  const fagai = plan.units.find((u) => u.name === "区发展改革局")!;
  expect(fagai.aliases).toContain("区地方金融监管局");
  expect(fagai.leadTasks).toEqual(expect.arrayContaining(["44", "101"]));
  const eco = plan.units.find((u) => u.name === "市生态环境局茌平区分局")!;
  expect(eco.aliases).toEqual(["市生态环境局荏平区分局"]);
  const merges = plan.diagnostics.filter((d) => d.code === "unit-merge-guessed");
  expect(merges.map((d) => d.params?.variant).sort()).toEqual(["共青团荏平区委", "市生态环境局荏平区分局"]);
  // Task text keeps the misreading, flagged.
  expect(plan.tasks.find((t) => t.id === "49")!.text).toContain("来荏创业");
  expect(plan.diagnostics.filter((d) => d.code === "ocr-suspect-text").map((d) => d.params?.task)).toEqual(["49", "58", "75", "87"]);
});

test("page breaks are joined in text and unit names", () => {
  expect(plan.tasks.find((t) => t.id === "21")!.text).toContain("实现“双千兆”");
  expect(plan.tasks.find((t) => t.id === "11")!.responsibleUnits).toContain("区高端产业聚集区发展服务中心");
  expect(plan.tasks.find((t) => t.id === "84")!.leaders).toEqual(["王惠峰"]);
  expect(plan.tasks.find((t) => t.id === "25")!.leadUnits).toEqual(["区文化和旅游局"]);
});

test("no errors on the seed", () => {
  expect(plan.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
});

test("matches the hand-checked expected file", () => {
  const exp = JSON.parse(fs.readFileSync(EXPECTED, "utf8")) as {
    meta: Record<string, unknown>;
    sections: unknown[];
    tasks: Record<string, unknown>[];
    units: unknown[];
    diagnostics: unknown[];
  };
  const { planId: _planId, ...meta } = plan.meta;
  expect(meta).toEqual(exp.meta);
  expect(plan.sections).toEqual(exp.sections);
  plan.tasks.forEach((t, i) => expect(t).toEqual(exp.tasks[i]));
  expect(plan.units.map((u) => ({ name: u.name, kind: u.kind, aliases: u.aliases }))).toEqual(exp.units);
  expect(plan.diagnostics.filter((d) => d.severity !== "info").map((d) => ({ code: d.code, line: d.line }))).toEqual(exp.diagnostics);
});
