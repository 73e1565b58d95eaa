import { LANGS } from "../../src/core/i18n/lang";
import { WORKBOOK_LABELS } from "../../src/core/workbook/labels";
import { DIRECTORY_MESSAGES } from "../../src/core/units-directory/problems";
import { BUILD_MESSAGES } from "../../src/core/workbook/messages";

/** Every leaf path of a nested object. */
function paths(o: unknown, prefix = ""): string[] {
  if (typeof o !== "object" || o === null) return [prefix];
  return Object.entries(o).flatMap(([k, v]) => paths(v, prefix ? `${prefix}.${k}` : k));
}

describe("workbook labels", () => {
  it("have the same keys in every language, none empty", () => {
    const zh = paths(WORKBOOK_LABELS["zh-CN"]).sort();
    for (const lang of LANGS) {
      expect(paths(WORKBOOK_LABELS[lang]).sort()).toEqual(zh);
      for (const p of zh) {
        const v = p.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], WORKBOOK_LABELS[lang]);
        expect(typeof v === "string" && v.length > 0).toBe(true);
      }
    }
  });
  it("keep sheet names valid for Excel (≤31 chars, no []:*?/\\) and distinct", () => {
    for (const lang of LANGS) {
      const names = Object.values(WORKBOOK_LABELS[lang].sheets);
      expect(new Set(names).size).toBe(names.length);
      for (const n of names) expect(n).toMatch(/^[^[\]:*?/\\]{1,31}$/);
    }
  });
  it("keep headers distinct within each sheet (Excel tables need unique names)", () => {
    for (const lang of LANGS) {
      const L = WORKBOOK_LABELS[lang];
      for (const sheet of [L.tasks, L.leaders, L.units, L.assignments, L.progress, L.targets]) {
        const hs = Object.values(sheet);
        expect(new Set(hs).size).toBe(hs.length);
      }
    }
  });
  it("use the exact 进度 headers of the issue, in order", () => {
    expect(Object.values(WORKBOOK_LABELS["zh-CN"].progress)).toEqual([
      "行键", "序号", "任务内容", "单位", "角色", "完成时限", "完成状态", "完成进度(%)", "实际完成值",
      "进展情况", "存在问题", "下步打算", "佐证材料", "填报人", "联系电话", "填报日期", "审核意见",
    ]);
    expect(Object.values(WORKBOOK_LABELS["zh-CN"].units)).toEqual(["单位名称", "类别", "别名", "牵头任务数", "配合任务数", "联系人", "联系电话", "电子邮箱", "成员单位"]);
  });
});

describe("message catalogues", () => {
  it.each([
    ["units directory", DIRECTORY_MESSAGES],
    ["build", BUILD_MESSAGES],
  ])("%s: every code has a message in every language", (_name, cat) => {
    const zh = Object.keys(cat["zh-CN"]).sort();
    for (const lang of LANGS) {
      expect(Object.keys(cat[lang]).sort()).toEqual(zh);
      for (const code of zh) {
        const fn = (cat[lang] as Record<string, (p: Record<string, string | number>) => string>)[code];
        expect(fn?.({ line: 3, name: "区财政局", email: "x", value: "v", file: "f" }).length).toBeGreaterThan(0);
      }
    }
  });
});
