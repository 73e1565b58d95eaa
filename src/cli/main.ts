#!/usr/bin/env node
/** `duban`: every job on files, for machines without Excel. Exit codes: see errors.ts. */
import { Command, CommanderError } from "commander";
import { EXIT, InputFileError, UsageError, takeExitStatus } from "./errors";
import { registerParse } from "./commands/parse";

export function makeProgram(): Command {
  const program = new Command("duban")
    .description("督办台账：解析任务分工方案，生成、分发、汇总进度台账 (duban: supervision ledgers in plain Excel)")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerParse(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    takeExitStatus();
    await makeProgram().parseAsync(argv);
    return takeExitStatus();
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0) return EXIT.ok;
      return EXIT.unusable;
    }
    if (err instanceof UsageError || err instanceof InputFileError) {
      process.stderr.write(`duban: ${err.message}\n`);
      return EXIT.unusable;
    }
    process.stderr.write(`duban: 内部错误 (internal error), please report it:\n${(err as Error).stack ?? String(err)}\n`);
    return EXIT.bug;
  }
}

if (require.main === module) {
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
