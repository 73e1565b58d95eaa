/** Unit lists and targets, rule by rule, with the traps DOMAIN.md names. */
import { splitUnitList, splitUnitListWritten } from "../../src/core/plan/units/split-unit-list";
import { classifyUnit } from "../../src/core/plan/units/classify-unit";
import { extractTargets } from "../../src/core/plan/targets/extract-targets";
import { parseDeadline } from "../../src/core/plan/targets/parse-deadline";

test.each([
  ["区直有关部门单位，各乡镇人民政府、街道办事处", ["区直有关部门单位", "各乡镇人民政府、街道办事处"]],
  ["有关乡镇人民政府、街道办事处", ["有关乡镇人民政府、街道办事处"]],
  ["市财政局、市税务局等，各县、市、区政府", ["市财政局", "市税务局", "各县、市、区政府"]],
  ["各县（市、区）人民政府、市直有关部门", ["各县（市、区）人民政府", "市直有关部门"]],
  ["区财政局、区发展改革局(区地方金融监管局)", ["区财政局", "区发展改革局（区地方金融监管局）"]],
  ["区 财政局；区税务局,区统计局", ["区财政局", "区税务局", "区统计局"]],
  ["各街道办事处、区卫生健康局", ["各街道办事处", "区卫生健康局"]],
  ["区安委会各成员单位，各乡镇人民政府、街道办事处", ["区安委会各成员单位", "各乡镇人民政府、街道办事处"]],
])("split %s", (value, expected) => {
  expect(splitUnitList(value)).toEqual(expected);
});

test("a unit marked （牵头） in a list", () => {
  expect(splitUnitListWritten("市教育局（牵头）、市财政局（配合）")).toEqual([
    { written: "市教育局", name: "市教育局", lead: true },
    { written: "市财政局", name: "市财政局" },
  ]);
});

test.each([
  ["区财政局", "department"], ["市生态环境局茌平区分局", "department"], ["乐平铺镇人民政府", "township"],
  ["振兴街道办事处", "township"], ["各乡镇人民政府、街道办事处", "collective"], ["区直有关部门单位", "collective"],
  ["区安委会各成员单位", "collective"], ["各金融机构", "collective"], ["有关国有企业", "collective"],
  ["区土发集团", "other"], ["共青团茌平区委", "department"],
] as const)("kind of %s", (name, kind) => {
  expect(classifyUnit(name)).toBe(kind);
});

const t = (s: string): [number, string, string][] => extractTargets(s).map((x) => [x.value, x.unit, x.comparator]);

test.each([
  ["地区生产总值增长6%左右。", [[6, "%", "approx"]]],
  ["实施技改项目80个以上，力争完成技改投资33亿元。", [[80, "个", "gte"], [33, "亿元", "eq"]]],
  ["力争省、市重点项目分别达到10个、20个以上。", [[10, "个", "gte"], [20, "个", "gte"]]],
  ["打造省级、市级和美乡村示范村5个、12个。", [[5, "个", "eq"], [12, "个", "eq"]]],
  ["有序关停改造4台30万千瓦以下煤电机组。", [[4, "台", "eq"]]],
  ["特别是盯紧50亿元以上大项目，力争引进过亿元项目55个以上", [[55, "个", "gte"]]],
  ["推进佳乡田园3A级景区创建，2024年完成。", []],
  ["确保医保参保率稳定在95%以上。", [[95, "%", "gte"]]],
  ["城镇登记失业率控制在3%以内。", [[3, "%", "lte"]]],
  ["单位能耗不超过0.5吨标准煤。", [[0.5, "吨标准煤", "lte"]]],
  ["实施中科润晶年产8亿克拉金刚石等项目，加快华电集团22.5万千瓦风电项目实施。", []],
  ["实际利用外资7000万美元以上。", [[7000, "万美元", "gte"]]],
  ["到位资金超过55亿元。", [[55, "亿元", "gte"]]],
] as const)("targets in %s", (text, expected) => {
  expect(t(text)).toEqual(expected);
});

test.each([
  ["2024年6月底前", 2024, "2024-06-30"],
  ["6月底前", 2024, "2024-06-30"],
  ["2024年2月底", null, "2024-02-29"],
  ["2024年10月31日前", null, "2024-10-31"],
  ["2024年底前", null, "2024-12-31"],
  ["年底前", 2025, "2025-12-31"],
  ["上半年", 2024, "2024-06-30"],
  ["第三季度", 2024, "2024-09-30"],
  ["全年", 2024, null],
  ["持续推进", 2024, null],
  ["2024年13月", 2024, null],
] as const)("deadline %s", (words, year, expected) => {
  expect(parseDeadline(words, year)).toBe(expected);
});
