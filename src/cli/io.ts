/** Small output helpers: with --json stdout holds only JSON, everything else goes to stderr. */
import * as fs from "fs";
import * as path from "path";

export function writeJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}

/** Progress and notes: always stderr, so stdout stays clean for --json. */
export function note(line: string): void {
  process.stderr.write(line + "\n");
}

/** Write a file atomically: temp file beside it, then rename. */
export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}
