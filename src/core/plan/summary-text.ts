/** The readable summary `duban parse` prints without --json (Chinese by default). */
import type { Lang } from "../i18n/lang";
import type { Plan, UnitKind } from "./schema";

const KIND: Record<Lang, Record<UnitKind, string>> = {
  "zh-CN": { department: "部门", township: "乡镇街道", collective: "集合主体", other: "其他" },
  en: { department: "department", township: "township", collective: "collective", other: "other" },
};

const T = {
  "zh-CN": {
    title: "方案", doc: "文号", issuer: "发文单位", date: "日期", year: "年度",
    counts: (p: Plan) =>
      `共 ${p.tasks.length} 项任务，${p.sections.length} 个篇章，${p.leaders.length} 位牵头领导，${p.units.length} 个单位，` +
      `${p.tasks.reduce((n, t) => n + t.targets.length, 0)} 个量化目标，${p.tasks.filter((t) => t.responsibleUnits.length === 0).length} 项任务无责任单位`,
    leaders: "牵头领导", units: "单位", lead: "牵头", co: "配合", tasks: "项",
    problems: (e: number, w: number, i: number) => `问题：${e} 个错误，${w} 个警告，${i} 条提示`,
    infoHidden: (n: number) => `（另有 ${n} 条提示未列出，加 --verbose 查看）`,
    aliases: "别名",
  },
  en: {
    title: "Plan", doc: "Doc no.", issuer: "Issuer", date: "Date", year: "Year",
    counts: (p: Plan) =>
      `${p.tasks.length} tasks, ${p.sections.length} sections, ${p.leaders.length} leaders, ${p.units.length} units, ` +
      `${p.tasks.reduce((n, t) => n + t.targets.length, 0)} targets, ${p.tasks.filter((t) => t.responsibleUnits.length === 0).length} tasks without co-units`,
    leaders: "Leaders", units: "Units", lead: "lead", co: "co", tasks: "tasks",
    problems: (e: number, w: number, i: number) => `Problems: ${e} errors, ${w} warnings, ${i} notes`,
    infoHidden: (n: number) => `(${n} notes not listed; use --verbose)`,
    aliases: "aliases",
  },
} as const;

export function planSummary(plan: Plan, lang: Lang, verbose = false): string {
  const t = T[lang];
  const m = plan.meta;
  const out: string[] = [];
  out.push(`${t.title}: ${m.title ?? "—"}`);
  out.push(`${t.doc}: ${m.docNumber ?? "—"}  ${t.issuer}: ${m.issuer ?? "—"}  ${t.date}: ${m.date ?? "—"}  ${t.year}: ${m.year ?? "—"}`);
  out.push(t.counts(plan));
  out.push("");
  out.push(`${t.leaders}:`);
  for (const l of plan.leaders) out.push(`  ${l.name}  ${l.tasks.length} ${t.tasks}`);
  out.push("");
  out.push(`${t.units}:`);
  for (const u of plan.units) {
    const alias = u.aliases.length ? `  ${t.aliases}: ${u.aliases.join("、")}` : "";
    out.push(`  ${u.name} [${KIND[lang][u.kind]}]  ${t.lead} ${u.leadTasks.length} / ${t.co} ${u.responsibleTasks.length}${alias}`);
  }
  const errors = plan.diagnostics.filter((d) => d.severity === "error");
  const warnings = plan.diagnostics.filter((d) => d.severity === "warning");
  const infos = plan.diagnostics.filter((d) => d.severity === "info");
  out.push("");
  out.push(t.problems(errors.length, warnings.length, infos.length));
  for (const d of [...errors, ...warnings, ...(verbose ? infos : [])]) out.push(`  [${d.severity}] ${d.message}`);
  if (!verbose && infos.length) out.push(`  ${t.infoHidden(infos.length)}`);
  return out.join("\n");
}
