/**
 * Pathological inputs (markdown-it style): each must finish under a generous ceiling, about 10× what
 * it takes today on this 2-core machine, so only a blow-up such as a catastrophic regex fails it.
 * Measured today: 10 MB plan ~1.5 s, 100k-char line ~0.2 s, 10,000 `、` ~0.1 s, deep numbering ~0.1 s.
 */
import { parsePlan } from "../../src/core/plan/parse";
import { generatePlanText } from "../generators/plan-text";

function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

test("a 10 MB plan", () => {
  const text = generatePlanText({ tasks: 9000, units: 300, textLength: 400 });
  expect(Buffer.byteLength(text, "utf8")).toBeGreaterThan(10e6);
  const { ms, value } = timed(() => parsePlan(text));
  expect(value.tasks).toHaveLength(9000);
  expect(ms).toBeLessThan(20_000);
});

test("one 100,000-character line", () => {
  const line = "1. " + "推进重点项目建设，".repeat(11000) + "（牵头单位：区发展改革局）";
  const { ms, value } = timed(() => parsePlan(`方案\n\n一、总体\n\n${line}\n`));
  expect(value.tasks).toHaveLength(1);
  expect(value.tasks[0]!.leadUnits).toEqual(["区发展改革局"]);
  expect(ms).toBeLessThan(10_000);
});

test("10,000 、 in one unit list", () => {
  const units = Array.from({ length: 10000 }, (_, i) => `区第${i}局`).join("、");
  const { ms, value } = timed(() => parsePlan(`一、总体\n\n1. 任务。（牵头单位：区财政局；责任单位：${units}）\n`));
  expect(value.tasks[0]!.responsibleUnits).toHaveLength(10000);
  expect(ms).toBeLessThan(20_000);
});

test("10,000 bare 、 and unclosed brackets", () => {
  const { ms } = timed(() => parsePlan(`1. ${"、".repeat(10000)}${"（".repeat(5000)}牵头单位：${"(".repeat(5000)}\n2. 完`));
  expect(ms).toBeLessThan(20_000);
});

test("deep and odd numbering", () => {
  const lines: string[] = [];
  for (let i = 1; i <= 3000; i++) lines.push(`${"#".repeat((i % 6) + 1)} （${i}）(${i}) ${i}、${i}. ① 一、（一）`);
  const { ms } = timed(() => parsePlan(lines.join("\n")));
  expect(ms).toBeLessThan(20_000);
});

test("a 200,000-character line of targets and digits", () => {
  const line = "1. " + "完成投资12.5亿元以上、新建8个、增长6%左右，".repeat(8000) + "（牵头单位：区财政局）";
  const { ms, value } = timed(() => parsePlan(line));
  expect(value.tasks[0]!.targets.length).toBeGreaterThan(20000);
  expect(ms).toBeLessThan(30_000);
});
