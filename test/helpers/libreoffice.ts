/**
 * Run LibreOffice headless on test files. A missing soffice FAILS the test (never skips): a check that
 * cannot run is a check that cannot fail. Each call gets a fresh profile (a shared one silently drops
 * outputs) whose registrymodifications.xcu sets OOXMLRecalcMode=0, so formulas are recomputed on load.
 * soffice exits 0 even when a conversion fails, so every expected output file is checked.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const INSTALL_HINT = "apt-get install -y --no-install-recommends libreoffice-calc fonts-wqy-microhei";

export function findSoffice(): string {
  const candidates = [process.env.SOFFICE, "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];
  for (const c of candidates) if (c && fs.existsSync(c)) return c;
  try {
    const p = execFileSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).trim();
    if (p) return p;
  } catch {
    /* not on PATH */
  }
  throw new Error(`LibreOffice (soffice) not found; install it: ${INSTALL_HINT}`);
}

const XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A fresh LibreOffice profile directory with always-recalculate set. */
export function freshProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-lo-profile-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), XCU);
  return dir;
}

/**
 * Convert several files in one soffice call (`--convert-to FILTER`). Returns the output paths in
 * input order; throws when any output is missing.
 */
export function convertAll(files: string[], target: string, outDir: string): string[] {
  const soffice = findSoffice();
  const profile = freshProfile();
  fs.mkdirSync(outDir, { recursive: true });
  const ext = target.split(":")[0] ?? target;
  let log = "";
  try {
    log = execFileSync(
      soffice,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nologo", "--nodefault", "--convert-to", target, "--outdir", outDir, ...files],
      { encoding: "utf8", timeout: 180_000, stdio: ["ignore", "pipe", "pipe"] },
    );
  } catch (e) {
    throw new Error(`soffice failed: ${(e as Error).message}`);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return files.map((f) => {
    const out = path.join(outDir, `${path.basename(f, path.extname(f))}.${ext}`);
    if (!fs.existsSync(out) || fs.statSync(out).size === 0) throw new Error(`soffice produced no ${out} (soffice exits 0 on failure). Output:\n${log}`);
    return out;
  });
}
