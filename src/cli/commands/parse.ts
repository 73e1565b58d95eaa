/** `duban parse FILE [--json]`: a plan document → a readable summary, or the Plan as JSON. */
import type { Command } from "commander";
import { loadPlan } from "../../host/load-plan";
import { PlanSchema } from "../../core/plan/schema";
import { flagProblems } from "../errors";
import { writeJson } from "../io";
import { parseLang } from "../lang-option";
import { planSummary } from "../../core/plan/summary-text";

export function registerParse(program: Command): void {
  program
    .command("parse")
    .description("解析任务分工方案（.txt/.md/.docx），输出摘要或 JSON (parse a plan)")
    .argument("<file>", "方案文件")
    .option("--json", "只在标准输出打印一个 JSON 对象")
    .option("--verbose", "列出全部提示")
    .option("--lang <lang>", "输出语言 zh-CN | en")
    .action(async (file: string, opts: { json?: boolean; verbose?: boolean; lang?: string }) => {
      const lang = parseLang(opts.lang);
      const plan = PlanSchema.parse(await loadPlan(file, lang));
      if (opts.json) writeJson(plan);
      else process.stdout.write(planSummary(plan, lang, opts.verbose) + "\n");
      if (plan.diagnostics.some((d) => d.severity === "error")) flagProblems();
    });
}
