/** Numbering markers at the start of a line, and what is not one. */
import { markerOf } from "../../src/core/plan/rules/markers";

test.each([
  ["一、主要预期目标", "cn", "一", 1],
  ["十二．篇章", "cn", "十二", 12],
  ["第三部分 民生", "cn", "三", 3],
  ["（一）推进", "cnParen", "（一）", 1],
  ["(十一) 推进", "cnParen", "（十一）", 11],
  ["12. 任务", "num", "12", 12],
  ["12、任务", "num", "12", 12],
  ["3）任务", "num", "3", 3],
  ["（4）任务", "numParen", "（4）", 4],
  ["② 任务", "circled", "②", 2],
] as const)("%s", (line, level, id, no) => {
  expect(markerOf(line)).toMatchObject({ level, id, no });
});

test.each(["2024年全年", "3.5万亩以上", "一是加强领导", "20个以上。", "（牵头单位：区财政局）", "1.5亿元"])("not a marker: %s", (line) => {
  expect(markerOf(line)).toBeNull();
});
