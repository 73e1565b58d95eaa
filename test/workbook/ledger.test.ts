import { buildLedger } from "../../src/core/workbook/ledger";
import { makePlan, makeTask } from "../factories/plan";
import type { UnitsDirectory } from "../../src/core/units-directory/directory";

const opts = { defaultDeadline: "2024-12-31", noSectionLabel: "（未分篇章）" };

function planWith(tasks: ReturnType<typeof makeTask>[]) {
  const plan = makePlan({ tasks: 1 });
  plan.tasks = tasks;
  const names = [...new Set(tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits]))];
  plan.units = names.map((name) => ({ name, kind: name.startsWith("各") || name.includes("有关") ? "collective" : "department", aliases: [], leadTasks: [], responsibleTasks: [] }));
  return plan;
}

describe("ledger", () => {
  it("makes one row per (task, unit, role), lead first, keyed task|unit|role", () => {
    const l = buildLedger(planWith([makeTask()]), { units: [] }, opts);
    expect(l.assignments.map((a) => a.key)).toEqual(["1|区发展改革局|lead", "1|区直有关部门单位|co", "1|各乡镇人民政府、街道办事处|co"]);
    expect(l.tasks[0]).toMatchObject({ leadKey: "1|区发展改革局|lead", deadline: "2024-12-31", no: 1 });
  });

  it("does not list a unit twice on a task: leading wins over co-operating", () => {
    const l = buildLedger(planWith([makeTask({ leadUnits: ["区财政局"], responsibleUnits: ["区财政局", "区水利局", "区水利局"] })]), { units: [] }, opts);
    expect(l.assignments.map((a) => a.key)).toEqual(["1|区财政局|lead", "1|区水利局|co"]);
  });

  it("expands a collective into the members the office listed, and keeps it whole otherwise", () => {
    const dir: UnitsDirectory = { units: [{ name: "各乡镇人民政府、街道办事处", contact: null, phone: null, email: null, members: ["振兴街道办事处", "信发街道办事处"], line: 2 }] };
    const plan = planWith([
      makeTask({ id: "1", responsibleUnits: ["各乡镇人民政府、街道办事处", "信发街道办事处"] }),
      makeTask({ id: "2", no: 2, leadUnits: ["区财政局"], responsibleUnits: ["区直有关部门单位"] }),
    ]);
    const l = buildLedger(plan, dir, opts);
    expect(l.assignments.filter((a) => a.taskId === "1").map((a) => [a.unit, a.role, a.group])).toEqual([
      ["区发展改革局", "lead", null],
      ["振兴街道办事处", "co", "各乡镇人民政府、街道办事处"],
      ["信发街道办事处", "co", "各乡镇人民政府、街道办事处"],
    ]);
    expect(l.assignments.filter((a) => a.taskId === "2").map((a) => a.unit)).toEqual(["区财政局", "区直有关部门单位"]);
    // the collective stays on the unit list with its members (not counted in 汇总); its members follow it
    const names = l.units.map((u) => u.name);
    expect(names.slice(names.indexOf("各乡镇人民政府、街道办事处"), names.indexOf("各乡镇人民政府、街道办事处") + 3)).toEqual(["各乡镇人民政府、街道办事处", "振兴街道办事处", "信发街道办事处"]);
    expect(l.units.find((u) => u.name === "各乡镇人民政府、街道办事处")).toMatchObject({ expanded: true, coCount: 1, leadCount: 0, members: ["振兴街道办事处", "信发街道办事处"] });
    expect(l.units.find((u) => u.name === "信发街道办事处")).toMatchObject({ expanded: false, coCount: 1 });
    expect(l.units.find((u) => u.name === "区直有关部门单位")).toMatchObject({ expanded: false, coCount: 1 });
  });

  it("matches directory rows to units by alias and width-folded names", () => {
    const plan = planWith([makeTask({ leadUnits: ["市生态环境局茌平区分局"], responsibleUnits: [] })]);
    plan.units[0]!.aliases = ["市生态环境局荏平区分局"];
    const dir: UnitsDirectory = { units: [{ name: "市生态环境局荏平区分局 ", contact: "赵六", phone: "0635-1", email: "a@b.cn", members: [], line: 2 }] };
    expect(buildLedger(plan, dir, opts).units[0]).toMatchObject({ name: "市生态环境局茌平区分局", contact: "赵六", email: "a@b.cn", leadCount: 1, coCount: 0 });
  });

  it("uses the task's own deadline, section titles, and a label for tasks outside sections", () => {
    const plan = planWith([makeTask({ deadline: "2024-06-30", section: null }), makeTask({ id: "二.3", no: 3, section: "一、主要预期目标" })]);
    const l = buildLedger(plan, { units: [] }, opts);
    expect(l.tasks.map((t) => [t.no, t.deadline, t.section])).toEqual([
      [1, "2024-06-30", "（未分篇章）"],
      ["二.3", "2024-12-31", "一、主要预期目标"],
    ]);
    expect(l.sections).toEqual(["（未分篇章）", "一、主要预期目标"]);
  });

  it("normalises line breaks in task text", () => {
    const l = buildLedger(planWith([makeTask({ text: "甲\r\n乙\r丙" })]), { units: [] }, opts);
    expect(l.tasks[0]?.text).toBe("甲\n乙\n丙");
  });
});
