/** Test-data factories: realistic plans with CJK text, collectives, targets, deadlines and awkward strings. */
import type { Plan, Target, Task, Unit } from "../../src/core/plan/schema";

/** A tiny deterministic PRNG so factories give the same plan for the same seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COLLECTIVES = ["各乡镇人民政府、街道办事处", "区直有关部门单位", "有关乡镇人民政府、街道办事处", "区安委会各成员单位"];
const DEPARTMENTS = [
  "区发展改革局",
  "区财政局",
  "区工业和信息化局",
  "区商务投资促进局",
  "区交通运输局",
  "区文化和旅游局",
  "区自然资源和规划局",
  "区住房城乡建设局",
  "市生态环境局茌平区分局",
  "区经济开发区管委会",
  "区高端产业聚集区发展服务中心",
  "区教育和体育局",
  "区卫生健康局",
  "区农业农村局",
  "区水利局",
];
export const TOWNS = ["振兴街道办事处", "信发街道办事处", "温陈街道办事处", "乐平铺镇人民政府", "冯官屯镇人民政府", "菜屯镇人民政府", "博平镇人民政府", "杜郎口镇人民政府"];
const LEADERS = ["王惠峰", "高红平", "刘田", "张明", "李华", "王惠"];
const PHRASES = [
  "持续深耕铝及铝加工主导产业，布局拓展汽车轻量化、功能用铝等领域",
  "加快构建现代产业体系，奋力争创全省工业十强县",
  "完善数字基础设施，实施工业互联网二级节点项目",
  "推进佳乡田园3A级景区创建，开展“四季”文旅节事活动",
  "挖潜低效用地再开发，推进标准化厂房建设",
];
const SECTIONS = ["一、主要预期目标", "二、坚持在产业提升上聚力攻坚，夯实高质量发展基础", "三、坚持在“三区共建”上聚力攻坚"];

/** One target in the plan's words. */
export function makeTarget(over: Partial<Target> = {}): Target {
  return { text: "实施技改项目80个以上", value: 80, unit: "个", comparator: "gte", ...over };
}

/** One task; every field can be overridden. */
export function makeTask(over: Partial<Task> = {}): Task {
  return {
    id: "1",
    no: 1,
    section: SECTIONS[0] ?? null,
    subsection: null,
    text: "地区生产总值增长6%左右。",
    leaders: ["王惠峰"],
    leadUnits: ["区发展改革局"],
    responsibleUnits: ["区直有关部门单位", "各乡镇人民政府、街道办事处"],
    targets: [makeTarget({ text: "增长6%左右", value: 6, unit: "%", comparator: "approx" })],
    deadline: null,
    deadlineText: null,
    line: 1,
    ...over,
  };
}

export interface PlanShape {
  tasks?: number;
  /** Number of distinct units beyond the built-in departments, towns and collectives. */
  units?: number;
  seed?: number;
  /** Add awkward text: leading `=`, `+`, `-`, `@`, line breaks, very long texts. */
  awkward?: boolean;
  year?: number;
}

/** A whole plan whose units and leaders are consistent with its tasks. */
export function makePlan(shape: PlanShape = {}): Plan {
  const n = shape.tasks ?? 20;
  const r = rng(shape.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const year = shape.year ?? 2024;
  const extra = Array.from({ length: Math.max(0, (shape.units ?? 0) - DEPARTMENTS.length - TOWNS.length - COLLECTIVES.length) }, (_, i) => `区第${i + 1}服务中心`);
  const departments = [...DEPARTMENTS, ...extra];
  const awkward = ["=SUM(A1:A3)比较", "+86 产业", "-负增长项目", "@全体单位", "第一行\n第二行\r\n第三行", "超长" + "高质量发展".repeat(300)];
  const tasks: Task[] = [];
  for (let i = 1; i <= n; i++) {
    const lead = [pick(departments)];
    if (r() < 0.15) lead.push(pick(departments));
    const co: string[] = [];
    const k = Math.floor(r() * 4);
    for (let j = 0; j < k; j++) co.push(r() < 0.3 ? pick(COLLECTIVES) : r() < 0.5 ? pick(TOWNS) : pick(departments));
    const leaders = [pick(LEADERS)];
    if (r() < 0.3) leaders.push(pick(LEADERS));
    let text = `${pick(PHRASES)}，${pick(PHRASES)}。`;
    if (shape.awkward && r() < 0.4) text = pick(awkward) + text;
    const targets: Target[] = [];
    if (r() < 0.35) {
      const v = Math.round(r() * 1000) / 10;
      targets.push(makeTarget({ text: `完成技改投资${v}亿元`, value: v, unit: "亿元", comparator: pick(["gte", "approx", "lte", "eq"] as const) }));
    }
    const month = 1 + Math.floor(r() * 12);
    tasks.push(
      makeTask({
        id: String(i),
        no: i,
        section: SECTIONS[Math.min(SECTIONS.length - 1, Math.floor(((i - 1) * SECTIONS.length) / n))] ?? null,
        subsection: r() < 0.5 ? "（一）推进主导产业集群成势" : null,
        text,
        leaders: [...new Set(leaders)],
        leadUnits: [...new Set(lead)],
        responsibleUnits: [...new Set(co)].filter((u) => !lead.includes(u)),
        targets,
        deadline: r() < 0.5 ? `${year}-${String(month).padStart(2, "0")}-${month === 2 ? "28" : "30"}` : null,
        deadlineText: null,
        line: i * 2,
      }),
    );
  }
  const unitNames = new Set<string>();
  for (const t of tasks) for (const u of [...t.leadUnits, ...t.responsibleUnits]) unitNames.add(u);
  // Add the requested number of units even when no task names them (a directory can list more).
  for (const u of [...departments, ...TOWNS]) if (unitNames.size < (shape.units ?? 0)) unitNames.add(u);
  const units: Unit[] = [...unitNames].map((name) => ({
    name,
    kind: COLLECTIVES.includes(name) ? "collective" : TOWNS.includes(name) ? "township" : "department",
    aliases: name === "市生态环境局茌平区分局" ? ["市生态环境局荏平区分局"] : [],
    leadTasks: tasks.filter((t) => t.leadUnits.includes(name)).map((t) => t.id),
    responsibleTasks: tasks.filter((t) => t.responsibleUnits.includes(name)).map((t) => t.id),
  }));
  const leaderNames = [...new Set(tasks.flatMap((t) => t.leaders))];
  return {
    meta: {
      title: `${year}年区政府工作报告重点工作任务责任分工方案`,
      docNumber: `聊茌政发〔${year}〕1号`,
      issuer: "聊城市茌平区人民政府",
      date: `${year}-02-01`,
      year,
      place: "茌平区",
      planId: `test-${shape.seed ?? 1}-${n}`,
    },
    sections: SECTIONS.map((title, i) => ({ id: title, title, line: i + 1, subsections: [{ id: "（一）推进主导产业集群成势", title: "（一）推进主导产业集群成势", line: i + 2 }] })),
    tasks,
    leaders: leaderNames.map((name) => ({ name, kind: "person" as const, tasks: tasks.filter((t) => t.leaders.includes(name)).map((t) => t.id) })),
    units,
    diagnostics: [],
  };
}
