#!/usr/bin/env node
/** `duban`: every job on files, for machines without Excel. Exit codes: see errors.ts. */
import { Command, CommanderError } from "commander";
import { EXIT, InputFileError, UsageError, takeExitStatus } from "./errors";
import { registerParse } from "./commands/parse";
import { registerBuild } from "./commands/build";
import { registerSplit } from "./commands/split";

export function makeProgram(): Command {
  const program = new Command("duban")
    .description("督办台账：解析任务分工方案，生成、分发、汇总进度台账 (duban: supervision ledgers in plain Excel)")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), outputError: () => undefined });
  registerParse(program);
  registerBuild(program);
  registerSplit(program);
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
      if (err.code === "commander.help") return EXIT.unusable; // no command given: help was printed
      process.stderr.write(`duban: ${commanderMessage(err)}\n`);
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

/** Commander's usage errors, said in Chinese in one line (the English original follows in brackets). */
function commanderMessage(err: CommanderError): string {
  const detail = err.message.replace(/^error:\s*/, "");
  const zh: Record<string, string> = {
    "commander.unknownOption": "未知选项",
    "commander.unknownCommand": "未知命令",
    "commander.missingArgument": "缺少参数",
    "commander.optionMissingArgument": "选项缺少取值",
    "commander.missingMandatoryOptionValue": "缺少必需的选项",
    "commander.excessArguments": "参数过多",
    "commander.invalidArgument": "参数无效",
  };
  return `${zh[err.code] ?? "命令行有误"}（${detail}）；用 duban --help 查看用法`;
}

if (require.main === module) {
  // `duban parse … | head` closes stdout early: that is not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
