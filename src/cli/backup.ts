/** Backups of a master before it is rewritten: `BOOK.bak-YYYYMMDD-HHMMSS.xlsx` beside it. */
import * as fs from "fs";
import * as path from "path";

const pad = (n: number): string => String(n).padStart(2, "0");

/** `YYYY-MM-DD` in local time: the date the office sees on its own clock. */
export function localDate(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A free backup name beside `file`, stamped in local time (what the office sees in Explorer). */
export function backupName(file: string, now: Date): string {
  const stamp = `${localDate(now).replace(/-/g, "")}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const ext = path.extname(file);
  let name = path.join(path.dirname(file), `${path.basename(file, ext)}.bak-${stamp}${ext}`);
  for (let n = 2; fs.existsSync(name); n++) name = path.join(path.dirname(file), `${path.basename(file, ext)}.bak-${stamp}-${n}${ext}`);
  return name;
}

/** Copy `file` to a fresh backup name (never overwriting one); returns the backup's path. */
export function backUp(file: string, now = new Date()): string {
  const backup = backupName(file, now);
  fs.copyFileSync(file, backup, fs.constants.COPYFILE_EXCL);
  return backup;
}
