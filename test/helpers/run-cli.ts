/** Run the real `duban` command line in a child process (through ts-node, so no build step is needed). */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.join(__dirname, "../..");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const r = spawnSync(
    process.execPath,
    ["-r", require.resolve("ts-node/register/transpile-only"), path.join(ROOT, "src/cli/main.ts"), ...args],
    { cwd: options.cwd ?? ROOT, env: { ...process.env, ...options.env }, encoding: "utf8", timeout: 300_000 },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
