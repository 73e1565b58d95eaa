/** Parse throughput on a generated 2,000-task plan, against reading and splitting the same file into lines. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { parsePlan } from "../src/core/plan/parse";
import { generatePlanText } from "../test/generators/plan-text";
import { bestOf, type BenchLine } from "./run";

export async function run(): Promise<BenchLine[]> {
  const text = generatePlanText({ tasks: 2000, units: 300 });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "duban-bench-")), "plan.txt");
  fs.writeFileSync(file, text);
  const mb = Buffer.byteLength(text) / 1e6;
  let lines = 0;
  const floor = await bestOf(30, () => {
    lines = fs.readFileSync(file, "utf8").split(/\r?\n/).length;
  });
  let tasks = 0;
  // Warm up the JIT first: the figure is steady-state throughput, not start-up.
  for (let i = 0; i < 5; i++) parsePlan(fs.readFileSync(file, "utf8"));
  const parse = await bestOf(15, () => {
    tasks = parsePlan(fs.readFileSync(file, "utf8")).tasks.length;
  });
  if (tasks !== 2000) throw new Error(`bench plan parsed to ${tasks} tasks`);
  return [
    {
      name: "parse",
      value: mb / (parse / 1000),
      unit: "MB/s",
      ratio: parse / floor,
      baseline: `read+split ${lines} lines ${floor.toFixed(2)} ms (parse ${parse.toFixed(1)} ms, ${mb.toFixed(2)} MB, 2000 tasks)`,
      aim: "≤ 20",
    },
  ];
}
