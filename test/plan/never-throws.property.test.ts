/** parsePlan never throws on bad text, and what it returns always matches the Plan schema. */
import fc from "fast-check";
import { parsePlan } from "../../src/core/plan/parse";
import { PlanSchema } from "../../src/core/plan/schema";

/** Fragments plans are made of, so random text hits the rules rather than only plain characters. */
const PIECES = [
  "一、", "（一）", "(二)", "1.", "12、", "（3）", "①", "第一部分", "\n", "\n\n", "\r\n", "。", "；", "，", "、", "：", ":",
  "（", "）", "(", ")", "[", "]", "【", "】", "牵头领导：", "牵头单位：", "责任单位：", "配合单位：", "完成时限：", "牵头",
  "配合", "各乡镇人民政府", "街道办事处", "区财政局", "荏平", "茌平区", "等", "以下任务均需各区政府落实，不再一一列出",
  "列第一位的为牵头单位", "序号 | 重点任务 | 牵头单位 | 责任单位", " | ", "\t", "6%左右", "80个以上", "2024年6月底前",
  "**", "# ", "关于印发", "方案", "的通知", "〔2024〕1号", "2024年2月1日", "抄送：", "附件", "\u0000", "\ufeff", "𠀀",
];

test("random plan-like text parses without throwing into a valid Plan", () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 200 }), (parts) => {
      const plan = parsePlan(parts.join(""));
      expect(PlanSchema.safeParse(plan).success).toBe(true);
      const ids = plan.tasks.map((t) => t.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const d of plan.diagnostics) expect(d.message.length).toBeGreaterThan(0);
    }),
    { numRuns: 400 },
  );
});
