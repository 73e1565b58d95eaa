/**
 * `duban build` speed: a generated 2,000-task / 300-unit plan, spec + styled .xlsx, against the floor —
 * ExcelJS writing the same cell values with no styling, validations, tables or protection — in the same run.
 */
import ExcelJS from "exceljs";
import { bestOf, type BenchLine, peakMemory } from "./run";
import { makePlan } from "../test/factories/plan";
import { buildWorkbookSpec } from "../src/core/workbook/build";
import { parsePeriod } from "../src/core/workbook/period";
import { writeWorkbook } from "../src/xlsx/write-workbook";
import { toExcelValue } from "../src/xlsx/cell-values";
import type { WorkbookSpec } from "../src/core/workbook/spec";

async function floor(spec: WorkbookSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    if (s.headerRow) ws.addRow(s.columns.map((c) => c.header));
    for (const r of s.rows) ws.addRow(r.map(toExcelValue));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const MB = 1024 * 1024;

export async function run(): Promise<BenchLine[]> {
  const plan = makePlan({ tasks: 2000, units: 300, seed: 42 });
  const period = parsePeriod("2024-06");
  if (!period) throw new Error("period");
  const build = async (): Promise<Buffer> => writeWorkbook(buildWorkbookSpec(plan, { period }).spec);
  const spec = buildWorkbookSpec(plan, { period }).spec;
  const bytes = await build();
  const rows = spec.sheets.reduce((n, s) => n + s.rows.length, 0);
  (global as { gc?: () => void }).gc?.();
  const mem = await peakMemory(build);
  const tBuild = await bestOf(3, build);
  const tFloor = await bestOf(3, () => floor(spec));
  const floorBytes = await floor(spec);
  return [
    {
      name: "build",
      value: tBuild,
      unit: "ms",
      ratio: tBuild / tFloor,
      baseline: `ExcelJS unstyled write of the same values ${tFloor.toFixed(0)} ms`,
      aim: "≤ 2×",
      extra: `2000 tasks / 300 units, ${spec.sheets.find((s) => s.code === "progress")?.rows.length ?? 0} 进度 rows, ${rows} rows in all; file ${(bytes.length / MB).toFixed(2)} MB (floor ${(floorBytes.length / MB).toFixed(2)} MB); peak RSS ${(mem.rss / MB).toFixed(0)} MB, peak heap ${(mem.heap / MB).toFixed(0)} MB`,
    },
  ];
}
