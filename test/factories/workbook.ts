/** Build a workbook spec and its .xlsx bytes from a plan, for tests. */
import type { Plan } from "../../src/core/plan/schema";
import { buildWorkbookSpec, type BuildOptions, type BuiltWorkbook } from "../../src/core/workbook/build";
import { parsePeriod, type Period } from "../../src/core/workbook/period";
import { writeWorkbook } from "../../src/xlsx/write-workbook";

export function period(code: string): Period {
  const p = parsePeriod(code);
  if (!p) throw new Error(`bad period ${code}`);
  return p;
}

export async function buildBook(plan: Plan, opts: Partial<BuildOptions> = {}): Promise<{ built: BuiltWorkbook; bytes: Buffer }> {
  const built = buildWorkbookSpec(plan, { period: period("2024-03"), ...opts });
  return { built, bytes: await writeWorkbook(built.spec) };
}
