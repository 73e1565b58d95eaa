/** Generated plan text of any size, in the seed's layout, for benchmarks and pathological tests. */

const SECTIONS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const SUBS = ["（一）", "（二）", "（三）", "（四）", "（五）"];
const LEADERS = ["王建国", "李红梅", "张志强", "刘伟", "陈静", "杨帆", "赵磊", "孙丽"];
const VERBS = ["推进", "实施", "加快", "深化", "完善", "强化", "优化", "健全"];
const THINGS = ["产业集群", "数字经济", "城市更新", "乡村振兴", "生态保护", "民生保障", "营商环境", "科技创新"];

/** Unit names: `区第N局` style departments plus a few towns and a collective. */
export function unitName(i: number): string {
  if (i % 10 === 7) return `第${i}镇人民政府`;
  if (i % 10 === 9) return `第${i}街道办事处`;
  return `区第${i}工作局`;
}

export interface GenOptions {
  tasks: number;
  units: number;
  /** Characters of filler per task text (default ~60). */
  textLength?: number;
}

/** A plan with a notice header, 10 sections × 5 sub-sections and `tasks` numbered tasks. */
export function generatePlanText(o: GenOptions): string {
  const lines: string[] = [
    "测茌政发〔2024〕9号",
    "",
    "测试市测茌区人民政府 关于印发2024年重点工作任务分工方案的通知",
    "",
    "各乡镇人民政府、街道办事处，区直有关部门：",
    "",
    "一、提高站位。各级各部门要认真落实。",
    "",
    "测试市测茌区人民政府",
    "",
    "2024年2月1日",
    "",
    "# 2024年重点工作任务分工方案",
    "",
  ];
  const perSection = Math.ceil(o.tasks / SECTIONS.length);
  const perSub = Math.ceil(perSection / SUBS.length);
  let n = 0;
  for (let s = 0; s < SECTIONS.length && n < o.tasks; s++) {
    lines.push(`## ${SECTIONS[s]}、坚持在${THINGS[s % THINGS.length]}上聚力攻坚`, "");
    for (let b = 0; b < SUBS.length && n < o.tasks; b++) {
      lines.push(`### ${SUBS[b]}推进${THINGS[(s + b) % THINGS.length]}提质增效`, "");
      for (let k = 0; k < perSub && n < o.tasks; k++) {
        n++;
        const lead = unitName(n % o.units);
        const co1 = unitName((n * 7 + 3) % o.units);
        const co2 = unitName((n * 13 + 5) % o.units);
        const filler = `${VERBS[n % VERBS.length]}${THINGS[n % THINGS.length]}建设，`.repeat(Math.max(1, Math.round((o.textLength ?? 60) / 12)));
        lines.push(
          `${n}. ${filler}力争完成投资${(n % 90) + 10}亿元，新建项目${(n % 40) + 5}个以上。（牵头领导：${LEADERS[n % LEADERS.length]}；牵头单位：${lead}；责任单位：${co1}、${co2}，各乡镇人民政府、街道办事处）`,
          "",
        );
      }
    }
  }
  return lines.join("\n");
}
