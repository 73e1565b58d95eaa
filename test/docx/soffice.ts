/** Convert a file with LibreOffice for tests, in a throw-away profile; soffice exits 0 even on failure. */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { basename, extname, join } from "path";

const SOFFICE = "/usr/bin/soffice";
/** The Writer component; the machine may have only Calc (libreoffice-calc), which cannot write .docx. */
const WRITER_LIBRARY = "/usr/lib/libreoffice/program/libswlo.so";

export const hasLibreOfficeWriter = (): boolean => existsSync(SOFFICE) && existsSync(WRITER_LIBRARY);

/** Convert `input` to .docx with LibreOffice Writer; returns the output path or throws with soffice's output. */
export function convertToDocx(input: string): string {
  const work = mkdtempSync(join(tmpdir(), "duban-soffice-"));
  const outDir = join(work, "out");
  const result = spawnSync(
    SOFFICE,
    [
      "--headless",
      `-env:UserInstallation=file://${join(work, "profile")}`,
      "--convert-to",
      "docx:MS Word 2007 XML",
      "--outdir",
      outDir,
      input,
    ],
    { encoding: "utf8", timeout: 90_000 },
  );
  const output = join(outDir, basename(input, extname(input)) + ".docx");
  if (!existsSync(output))
    throw new Error(`soffice did not write ${output}: ${result.stdout}${result.stderr}${result.error ?? ""}`);
  return output;
}
