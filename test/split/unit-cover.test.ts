/** A unit's 说明 names the unit and counts its rows, and its fill-in steps read 1, 2, 3, 4 in both languages. */
import { makePlan } from "../factories/plan";
import { period } from "../factories/workbook";
import { buildWorkbookSpec } from "../../src/core/workbook/build";

test.each(["zh-CN", "en"] as const)("unit cover (%s)", (lang) => {
  const plan = makePlan({ tasks: 20, units: 10, seed: 3 });
  const unit = plan.tasks[0]!.leadUnits[0]!;
  const { spec, ledger } = buildWorkbookSpec(plan, { period: period("2024-03"), mailbox: "ducha@example.gov.cn", lang, scope: { unit, exportId: "X-1" } });
  const cover = spec.sheets.find((s) => s.code === "cover")!;
  const texts = cover.rows.map((r) => String(r[1] ?? ""));
  expect(cover.rows[0]![1]).toBe(unit);
  expect(texts.some((t) => t.includes(String(ledger.assignments.length)))).toBe(true);
  const steps = texts.filter((t) => /^\d+\. /.test(t)).map((t) => Number(t.split(".")[0]));
  expect(steps).toEqual([1, 2, 3, 4]);
  expect(texts).toContain("X-1");
});
