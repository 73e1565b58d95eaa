import { computeSummary } from "../../src/core/workbook/summary";
import { buildLedger } from "../../src/core/workbook/ledger";
import { DEFAULT_THRESHOLDS, trafficLight } from "../../src/core/workbook/thresholds";
import { makePlan, makeTask } from "../factories/plan";
import { fillProgress, makeProgressRow } from "../factories/progress";
import { period } from "../factories/workbook";
import { leaderCountFormula } from "../../src/core/workbook/sheets/summary-formulas";

const opts = { defaultDeadline: "2024-12-31", noSectionLabel: "（未分篇章）" };
const params = { schedule: 25, periodEnd: "2024-03-31", thresholds: DEFAULT_THRESHOLDS, totalsLabel: "合计" };

describe("traffic light against the schedule-to-date", () => {
  const light = (status: Parameters<typeof trafficLight>[0]["status"], percent: number | null, deadline = "2024-12-31") =>
    trafficLight({ status, percent, deadline }, 50, "2024-06-30", DEFAULT_THRESHOLDS);
  it("is green when done or fewer than 10 points behind", () => {
    expect(light("done", 0)).toBe("green");
    expect(light("on-track", 41)).toBe("green");
    expect(light("on-track", 90)).toBe("green");
  });
  it("is yellow 10–30 points behind, red beyond 30 or when overdue", () => {
    expect(light("on-track", 40)).toBe("yellow");
    expect(light("on-track", 20)).toBe("yellow");
    expect(light("lagging", 19)).toBe("red");
    expect(light("on-track", 100, "2024-05-31")).toBe("red");
    expect(light("done", 10, "2024-05-31")).toBe("green");
  });
  it("is unknown without a reported percent, and follows configured thresholds", () => {
    expect(light(null, null)).toBeNull();
    expect(trafficLight({ status: "on-track", percent: 45, deadline: "2024-12-31" }, 50, "2024-06-30", { yellow: 5, red: 15 })).toBe("yellow");
    expect(trafficLight({ status: "on-track", percent: 30, deadline: "2024-12-31" }, 50, "2024-06-30", { yellow: 5, red: 15 })).toBe("red");
  });
});

describe("computeSummary", () => {
  it("counts rows per unit by role and status, and tasks per leader and section by the lead unit's row", () => {
    const plan = makePlan({ tasks: 1 });
    plan.tasks = [
      makeTask({ id: "1", leaders: ["王惠峰", "高红平"], leadUnits: ["区财政局"], responsibleUnits: ["区水利局"], deadline: "2024-02-29" }),
      makeTask({ id: "2", no: 2, leaders: ["王惠"], leadUnits: ["区水利局"], responsibleUnits: ["区财政局"] }),
    ];
    plan.units = ["区财政局", "区水利局"].map((name) => ({ name, kind: "department", aliases: [], leadTasks: [], responsibleTasks: [] }));
    plan.leaders = [];
    const ledger = buildLedger(plan, { units: [] }, opts);
    const progress = new Map([
      ["1|区财政局|lead", makeProgressRow({ status: "lagging", percent: 10 })],
      ["1|区水利局|co", makeProgressRow({ status: "done", percent: 100 })],
      ["2|区水利局|lead", makeProgressRow({ status: "on-track", percent: 15 })],
    ]);
    const s = computeSummary(ledger, progress, params);
    expect(s.units.map((u) => [u.name, u.lead, u.co, u.total, u.lagging, u.done, u.unreported, u.behind, u.overdue])).toEqual([
      ["区财政局", 1, 1, 2, 1, 0, 1, 1, 1],
      ["区水利局", 1, 1, 2, 0, 1, 0, 1, 0],
    ]);
    expect(s.unitTotal).toMatchObject({ total: 4, lead: 2, co: 2, done: 1, unreported: 1, doneRate: 0.25 });
    // 王惠 is not 王惠峰
    expect(s.leaders.map((l) => [l.name, l.total, l.lagging, l.onTrack, l.overdue])).toEqual([
      ["王惠峰", 1, 1, 0, 1],
      ["高红平", 1, 1, 0, 1],
      ["王惠", 1, 0, 1, 0],
    ]);
    expect(s.sectionTotal.total).toBe(2);
  });

  it("has totals that add up for any filled ledger", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const ledger = buildLedger(makePlan({ tasks: 60, units: 40, seed }), { units: [] }, opts);
      const s = computeSummary(ledger, fillProgress(ledger, period("2024-03"), seed), params);
      expect(s.unitTotal.total).toBe(ledger.assignments.length);
      expect(s.unitTotal.lead! + s.unitTotal.co!).toBe(s.unitTotal.total);
      expect(s.unitTotal.notStarted + s.unitTotal.onTrack + s.unitTotal.lagging + s.unitTotal.done + s.unitTotal.unreported).toBe(s.unitTotal.total);
      expect(s.sectionTotal.total).toBe(60);
      for (const u of s.units) expect(u.notStarted + u.onTrack + u.lagging + u.done + u.unreported).toBe(u.total);
    }
  });

  it("gives a collective expanded to its members the sum of its members' lines, outside the unit totals", () => {
    const plan = makePlan({ tasks: 40, units: 20, seed: 9 });
    const collective = plan.units.find((u) => u.kind === "collective")!;
    const members = ["甲镇人民政府", "乙镇人民政府", "丙街道办事处"];
    const ledger = buildLedger(plan, { units: [{ name: collective.name, contact: null, phone: null, email: null, members, line: 2 }] }, opts);
    const s = computeSummary(ledger, fillProgress(ledger, period("2024-03"), 9), params);
    expect(s.units.map((u) => u.name)).not.toContain(collective.name);
    const g = s.groups.find((x) => x.name === collective.name)!;
    expect(g.members).toEqual(members);
    const lines = members.map((m) => s.units.find((u) => u.name === m)!);
    for (const c of ["lead", "co", "total", "notStarted", "onTrack", "lagging", "done", "unreported", "behind", "overdue"] as const) {
      expect([c, g[c]]).toEqual([c, lines.reduce((n, l) => n + (l[c] ?? 0), 0)]);
    }
    expect(g.total).toBeGreaterThan(0);
    expect(g.doneRate).toBeCloseTo(g.done / g.total, 12);
  });

  it("matches a leader exactly in the 任务 column, never by substring", () => {
    const ctx = { names: { tasks: "任务" }, ledger: { tasks: new Array(3) }, labels: { status: { done: "已完成" } }, period: { end: "2024-03-31" } } as unknown as Parameters<typeof leaderCountFormula>[0];
    const f = leaderCountFormula(ctx, "$A5", "total");
    expect(f).toBe(
      `COUNTIFS('任务'!$E$2:$E$4,"="&$A5)+COUNTIFS('任务'!$E$2:$E$4,$A5&"、*")+COUNTIFS('任务'!$E$2:$E$4,"*、"&$A5)+COUNTIFS('任务'!$E$2:$E$4,"*、"&$A5&"、*")`,
    );
  });
});
