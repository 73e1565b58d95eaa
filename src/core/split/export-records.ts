/** Export ids and the 分发记录 rows of one unit's file. */
import { EMPTY_PROGRESS, type ProgressByKey } from "../workbook/progress";
import type { ExportRecord } from "../workbook/exports";
import type { WorkbookSpec } from "../workbook/spec";

/** `2024-03-20261128T231500Z-007`: period, the run's time, the file's place in the run — unique against `taken`. */
export function exportId(periodCode: string, timeIso: string, index: number, taken: ReadonlySet<string>): string {
  const stamp = timeIso.replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "");
  const base = `${periodCode}-${stamp}-${String(index).padStart(3, "0")}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** Row key → content hash, as written in a workbook spec's `_meta` (`row | progress | key | hash`). */
export function progressRowHashes(spec: WorkbookSpec): Map<string, string> {
  const meta = spec.sheets.find((s) => s.code === "meta");
  const out = new Map<string, string>();
  for (const r of meta?.rows ?? []) if (r[0] === "row" && r[1] === "progress" && typeof r[2] === "string" && typeof r[3] === "string") out.set(r[2], r[3]);
  return out;
}

/** One record per 进度 row of a unit's file: what was sent, with the hash its `_meta` carries. */
export function exportRecords(
  unitSpec: WorkbookSpec,
  e: { exportId: string; unit: string; fileName: string; period: string; time: string },
  progress: ProgressByKey,
): ExportRecord[] {
  const out: ExportRecord[] = [];
  for (const [key, hash] of progressRowHashes(unitSpec)) {
    // The office's review is not the unit's input: it is not part of what was sent for filling in.
    const values = { ...(progress.get(key) ?? EMPTY_PROGRESS), review: null };
    out.push({ ...e, key, hash, values });
  }
  return out;
}
