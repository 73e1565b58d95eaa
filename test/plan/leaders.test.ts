/** Leaders: names split and cleaned; roles, places and bodies are never taken for people. */
import { splitLeaders } from "../../src/core/plan/leaders/split-leaders";

test.each([
  ["王惠峰、高红平", [["王惠峰", "person"], ["高红平", "person"]]],
  ["王惠峰 高红平", [["王惠峰", "person"], ["高红平", "person"]]],
  ["金力（副市长）", [["金力", "person"]]],
  ["孙明同志", [["孙明", "person"]]],
  ["分管副区长", [["分管副区长", "role"]]],
  ["常务副县长、分管副县长", [["常务副县长", "role"], ["分管副县长", "role"]]],
  ["茌平区", [["茌平区", "role"]]],
  ["区政府办公室", [["区政府办公室", "role"]]],
  ["阿不都·热合曼", [["阿不都·热合曼", "person"]]],
  ["王惠峰,王惠峰", [["王惠峰", "person"]]],
])("%s", (value, expected) => {
  expect(splitLeaders(value).map((l) => [l.name, l.kind])).toEqual(expected);
});
