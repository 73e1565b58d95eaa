/**
 * `npm run bench`: one line per figure,
 * `bench NAME: <value> <unit>, ratio <r> vs <baseline measured in the same run>, aim <a>`.
 * Each bench/*.bench.ts exports `run(): Promise<BenchLine[]>`.
 */
import * as fs from "fs";
import * as path from "path";

export interface BenchLine {
  name: string;
  value: number;
  unit: string;
  ratio: number;
  baseline: string;
  aim: string;
  /** Extra figures printed after the line (peak memory, file size …). */
  extra?: string;
}

export function formatBench(b: BenchLine): string {
  const v = b.value >= 100 ? b.value.toFixed(0) : b.value.toFixed(2);
  return `bench ${b.name}: ${v} ${b.unit}, ratio ${b.ratio.toFixed(2)} vs ${b.baseline}, aim ${b.aim}${b.extra ? ` (${b.extra})` : ""}`;
}

/** Best of n runs of fn, in milliseconds. */
export async function bestOf(n: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return best;
}

/** Peak RSS / heap while fn runs, sampled every 5 ms. */
export async function peakMemory(fn: () => Promise<unknown>): Promise<{ rss: number; heap: number }> {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const t = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 5);
  try {
    await fn();
  } finally {
    clearInterval(t);
  }
  const m = process.memoryUsage();
  return { rss: Math.max(rss, m.rss), heap: Math.max(heap, m.heapUsed) };
}

/** Each bench file runs in a process of its own, so one figure never pays for another's garbage. */
async function mainBench(): Promise<void> {
  const only = process.argv[2];
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !only || f.includes(only))
    .sort();
  if (files.length === 1) {
    const mod = require(path.join(__dirname, files[0]!)) as { run: () => Promise<BenchLine[]> };
    for (const line of await mod.run()) console.log(formatBench(line));
    return;
  }
  const { spawnSync } = require("child_process") as typeof import("child_process");
  for (const f of files) {
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, f], { stdio: "inherit" });
    if (r.status !== 0) process.exitCode = r.status ?? 1;
  }
}

if (require.main === module) {
  mainBench().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
