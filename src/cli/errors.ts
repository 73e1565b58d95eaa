/** Exit codes shared by every `duban` command, and the errors that map to them. */
export const EXIT = { ok: 0, problems: 1, unusable: 2, bug: 3 } as const;

/** Unusable input or arguments: printed as one line (Chinese by default), exit 2, no stack. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Thrown by a host adapter that cannot read a file at all (missing, corrupt, foreign). Exit 2. */
export class InputFileError extends Error {
  override readonly name = "InputFileError";
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

let pendingExit: number = EXIT.ok;
/** A command that found problems (plan errors, rejected files, conflicts) still prints, then exits 1. */
export function flagProblems(): void {
  pendingExit = Math.max(pendingExit, EXIT.problems);
}
/** Read and reset the exit status a command set. */
export function takeExitStatus(): number {
  const s = pendingExit;
  pendingExit = EXIT.ok;
  return s;
}
