/** The pure decisions of `duban split`: who gets a file, file names, export ids, reminders, the manifest, messages. */
import { makePlan, makeTask, COLLECTIVES, TOWNS } from "../factories/plan";
import { period } from "../factories/workbook";
import { ledgerFor } from "../../src/core/workbook/build";
import { scopeLedger } from "../../src/core/workbook/scope";
import { selectUnits } from "../../src/core/split/select-units";
import { closeNames, editDistance } from "../../src/core/split/suggest";
import { draftFileName, unitFileNames } from "../../src/core/split/file-names";
import { exportId } from "../../src/core/split/export-records";
import { unitsToRemind } from "../../src/core/split/reminders";
import { manifestCsv } from "../../src/core/split/manifest-csv";
import { SPLIT_MESSAGES } from "../../src/core/split/messages";
import { unitMailText } from "../../src/core/split/mail-draft";
import { LANGS } from "../../src/core/i18n/lang";
import type { ExportRecord } from "../../src/core/workbook/exports";
import { EMPTY_PROGRESS } from "../../src/core/workbook/progress";

const p = period("2024-03");
const plan = {
  ...makePlan({ tasks: 1 }),
  tasks: [
    makeTask({ id: "1", no: 1, leadUnits: ["区财政局"], responsibleUnits: [COLLECTIVES[0]!, "区直有关部门单位"] }),
    makeTask({ id: "2", no: 2, leadUnits: ["区发展改革局"], responsibleUnits: ["区财政局"] }),
    makeTask({ id: "3", no: 3, leadUnits: [TOWNS[0]!], responsibleUnits: [] }),
  ],
};
plan.units = ["区财政局", "区发展改革局", COLLECTIVES[0]!, "区直有关部门单位", TOWNS[0]!, "区水利局"].map((name) => ({
  name,
  kind: name === COLLECTIVES[0] || name === "区直有关部门单位" ? ("collective" as const) : ("department" as const),
  aliases: name === "区发展改革局" ? ["区地方金融监管局"] : [],
  leadTasks: [],
  responsibleTasks: [],
}));
const directory = { units: [{ name: COLLECTIVES[0]!, contact: null, phone: null, email: null, members: TOWNS.slice(0, 3), line: 2 }] };
const ledger = ledgerFor(plan, { period: p, directory });

describe("selectUnits", () => {
  it("gives every unit with rows a file, a collective's members instead of the collective, and flags a collective without members", () => {
    const { targets, problems } = selectUnits(ledger, null);
    expect(problems).toEqual([]);
    expect(targets.map((t) => t.unit)).toEqual(["区财政局", "区发展改革局", TOWNS[0], TOWNS[1], TOWNS[2], "区直有关部门单位"]);
    expect(targets.find((t) => t.unit === "区财政局")).toMatchObject({ rows: 2, lead: 1, co: 1, collectiveWithoutMembers: false });
    // TOWNS[0] leads task 3 and co-operates on task 1 through the collective.
    expect(targets.find((t) => t.unit === TOWNS[0])).toMatchObject({ rows: 2, lead: 1, co: 1 });
    expect(targets.find((t) => t.unit === "区直有关部门单位")?.collectiveWithoutMembers).toBe(true);
    expect(targets.some((t) => t.unit === "区水利局" || t.unit === COLLECTIVES[0])).toBe(false);
  });

  it("narrows to --units by name, alias or width variant; a listed collective stands for its members", () => {
    const { targets, problems } = selectUnits(ledger, ["区地方金融监管局", " 区财政局 ", COLLECTIVES[0]!]);
    expect(problems).toEqual([]);
    expect(targets.map((t) => t.unit)).toEqual(["区财政局", "区发展改革局", TOWNS[0], TOWNS[1], TOWNS[2]]);
  });

  it("names unknown units with close suggestions, and units without rows", () => {
    const { problems } = selectUnits(ledger, ["财政局", "区发展改革", "区水利局", "完全无关的名字"]);
    expect(problems).toEqual([
      { code: "unit-unknown", name: "财政局", suggestions: ["区财政局"] },
      { code: "unit-unknown", name: "区发展改革", suggestions: ["区发展改革局"] },
      { code: "unit-no-rows", name: "区水利局" },
      { code: "unit-unknown", name: "完全无关的名字", suggestions: [] },
    ]);
    expect(editDistance("区财政局", "区财正局")).toBe(1);
    expect(closeNames("区财正局", ["区财政局", "区民政局", "区教育体育局"])).toEqual(["区财政局", "区民政局"]);
  });
});

describe("scopeLedger", () => {
  it("keeps one unit's rows, lead rows first, and only their tasks", () => {
    const s = scopeLedger(ledger, "区财政局");
    expect(s.assignments.map((a) => a.key)).toEqual(["1|区财政局|lead", "2|区财政局|co"]);
    const co = scopeLedger(
      { ...ledger, assignments: [...ledger.assignments].reverse() },
      TOWNS[0]!,
    );
    expect(co.assignments.map((a) => a.role)).toEqual(["lead", "co"]);
    expect(s.tasks.map((t) => t.id)).toEqual(["1", "2"]);
    expect(s.units.map((u) => u.name)).toEqual(["区财政局"]);
  });
});

describe("file names and export ids", () => {
  it("makes Windows-safe, unique names of at most 120 characters", () => {
    const names = unitFileNames(["区/财政局:*?", "区\\财政局|*?", "A".repeat(200), "CON"], "2024年3月", "重点工作进展");
    expect(names[0]).toBe("区_财政局___-2024年3月-重点工作进展.xlsx");
    expect(names[1]).toBe("区_财政局___-2024年3月-重点工作进展 (2).xlsx");
    expect(names[2]!.length).toBeLessThanOrEqual(120);
    expect(names[2]).toMatch(/\.xlsx$/);
    expect(names[3]).toBe("CON-2024年3月-重点工作进展.xlsx");
    for (const n of names) expect(n).not.toMatch(/[\\/:*?"<>|]/);
    expect(draftFileName(names[0]!)).toBe("区_财政局___-2024年3月-重点工作进展.eml");
  });

  it("makes export ids from period, time and place, unique against earlier ones", () => {
    expect(exportId("2024-03", "2026-11-28T23:15:00.123Z", 7, new Set())).toBe("2024-03-20261128T231500Z-007");
    expect(exportId("2024-03", "2026-11-28T23:15:00Z", 7, new Set(["2024-03-20261128T231500Z-007"]))).toBe("2024-03-20261128T231500Z-007-2");
  });
});

describe("unitsToRemind", () => {
  const rec = (unit: string, period: string): ExportRecord => ({ exportId: "x", unit, fileName: "f", period, key: `1|${unit}|lead`, hash: "0".repeat(14), time: "t", values: EMPTY_PROGRESS });
  it("reminds units sent this period's file with no return recorded; lists units never sent one", () => {
    const r = unitsToRemind(["甲", "乙", "丙", "丁"], [rec("甲", "2024-03"), rec("乙", "2024-03"), rec("丙", "2024-02")], [{ unit: "乙", period: "2024-03" }, { unit: "甲", period: "2024-02" }], "2024-03");
    expect(r).toEqual({ remind: ["甲"], notExported: ["丙", "丁"] });
  });
});

describe("分发清单.csv", () => {
  it("starts with a BOM, uses CRLF, quotes what needs it and keeps formula-like cells text", () => {
    const csv = manifestCsv("单位,文件,邮箱,行数,邮件草稿,备注", [
      { unit: "各乡镇人民政府、街道办事处", file: "a,b.xlsx", email: null, rows: 3, draft: null, note: '无邮箱"' },
      { unit: "=HYPERLINK(1)", file: "x.xlsx", email: "a@b.cn", rows: 1, draft: "x.eml", note: "" },
    ]);
    expect(csv.startsWith("\uFEFF单位,文件")).toBe(true);
    expect(csv.split("\r\n")).toEqual(["\uFEFF单位,文件,邮箱,行数,邮件草稿,备注", '各乡镇人民政府、街道办事处,"a,b.xlsx",,3,,"无邮箱"""', "'=HYPERLINK(1),x.xlsx,a@b.cn,1,x.eml,", ""]);
  });
});

describe("messages", () => {
  it("has every message in every language", () => {
    const zh = Object.keys(SPLIT_MESSAGES["zh-CN"]).sort();
    for (const lang of LANGS) expect(Object.keys(SPLIT_MESSAGES[lang]).sort()).toEqual(zh);
  });

  it("writes a Chinese subject and body with the deadline, and a 催报 variant", () => {
    const target = { unit: "区财政局", rows: 7, lead: 3, co: 4, email: "czj@example.gov.cn", contact: "张三", collectiveWithoutMembers: false };
    const base = { lang: "zh-CN" as const, target, fileName: "区财政局-2024年3月-重点工作进展.xlsx", title: "2024年重点工作任务分工方案", period: "2024年3月", due: "2024-03-25", fromName: "督查室", dateText: "2024-03-20" };
    const send = unitMailText({ ...base, kind: "send" });
    expect(send.subject).toBe("【请于2024年3月25日前报送】2024年3月重点工作进展——区财政局");
    expect(send.body).toMatch(/^张三同志：\n\n您好！/);
    expect(send.body).toContain("请于 2024年3月25日 前");
    expect(send.body).toContain("共 7 行（牵头 3 项，配合 4 项）");
    const remind = unitMailText({ ...base, kind: "remind", target: { ...target, contact: null } });
    expect(remind.subject).toBe("【催报】请于2024年3月25日前报送2024年3月重点工作进展——区财政局");
    expect(remind.body).toMatch(/^区财政局：\n\n您好！贵单位2024年3月重点工作进展（共 7 行）尚未报送，报送截止日期为 2024年3月25日/);
  });
});
