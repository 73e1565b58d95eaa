/**
 * `duban split` speed and memory: a generated 2,000-task / 300-unit master split into one file per unit
 * (read master, write every unit file, drafts, manifest, rewrite the master with 分发记录), against the
 * floor — bare ExcelJS writing the same unit files' cell values, unstyled — in the same run.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { bestOf, type BenchLine, peakMemory } from "./run";
import { makePlan } from "../test/factories/plan";
import { buildWorkbookSpec, ledgerFor } from "../src/core/workbook/build";
import { parsePeriod } from "../src/core/workbook/period";
import { selectUnits } from "../src/core/split/select-units";
import { unitFileNames } from "../src/core/split/file-names";
import { writeWorkbook } from "../src/xlsx/write-workbook";
import { toExcelValue } from "../src/xlsx/cell-values";
import type { CellValue } from "../src/core/workbook/spec";
import { runSplit } from "../src/cli/commands/split";
import { readMaster } from "../src/xlsx/read-master";
import { EMPTY_PROGRESS } from "../src/core/workbook/progress";
import { takeExitStatus } from "../src/cli/errors";

const MB = 1024 * 1024;

async function quiet<T>(fn: () => Promise<T>): Promise<T> {
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    return await fn();
  } finally {
    process.stderr.write = write;
    takeExitStatus();
  }
}

export async function run(): Promise<BenchLine[]> {
  const plan = makePlan({ tasks: 2000, units: 300, seed: 42 });
  const period = parsePeriod("2024-06");
  if (!period) throw new Error("period");
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "duban-bench-split-"));
  const masterBytes = await writeWorkbook(buildWorkbookSpec(plan, { period, mailbox: "ducha@example.gov.cn" }).spec);
  const book_ = path.join(root, "台账.xlsx");

  // The floor's input: every unit file's cell values, prepared before timing (ExcelJS only writes them).
  const ledger = ledgerFor(plan, { period });
  const units = selectUnits(ledger, null).targets.map((t) => t.unit);
  const names = unitFileNames(units, "2024年6月", "重点工作进展");
  const values: { name: string; sheets: { name: string; rows: CellValue[][] }[] }[] = units.map((unit, i) => {
    const spec = buildWorkbookSpec(plan, { period, scope: { unit, exportId: "x" }, ledger }).spec;
    return { name: names[i] ?? unit, sheets: spec.sheets.map((s) => ({ name: s.name, rows: s.headerRow ? [s.columns.map((c) => c.header), ...s.rows] : s.rows })) };
  });
  const floor = async (): Promise<void> => {
    const out = path.join(root, "floor");
    fs.mkdirSync(out, { recursive: true });
    for (const f of values) {
      const wb = new ExcelJS.Workbook();
      for (const s of f.sheets) {
        const ws = wb.addWorksheet(s.name);
        for (const r of s.rows) ws.addRow(r.map(toExcelValue));
      }
      fs.writeFileSync(path.join(out, f.name), Buffer.from(await wb.xlsx.writeBuffer()));
    }
  };

  let run_ = 0;
  let files = 0;
  const split = async (): Promise<void> => {
    fs.writeFileSync(book_, masterBytes); // each run starts from the same master
    const r = await quiet(() => runSplit(book_, { output: path.join(root, `out-${run_++}`), now: "2024-06-20T02:00:00Z" }));
    files = r.files.length;
  };
  (global as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  const mem = await peakMemory(split);
  const tSplit = await bestOf(2, split);
  const tFloor = await bestOf(2, floor);
  const fakeExports = ledger.assignments.map((a) => ({ exportId: "2024-06-20240620T020000Z-001", unit: a.unit, fileName: `${a.unit}.xlsx`, period: "2024-06", key: a.key, hash: "0123456789abcd", time: "2024-06-20T02:00:00Z", values: EMPTY_PROGRESS }));
  // Where the time goes: the master's read and rewrite are fixed costs the floor does not have.
  const tRead = await bestOf(1, () => readMaster(masterBytes, book_));
  const tMaster = await bestOf(1, () => writeWorkbook(buildWorkbookSpec(plan, { period, mailbox: "ducha@example.gov.cn", exports: fakeExports }).spec));
  const unitMb = fs.readdirSync(path.join(root, "out-0")).reduce((n, f) => n + fs.statSync(path.join(root, "out-0", f)).size, 0) / MB;
  fs.rmSync(root, { recursive: true, force: true });
  return [
    {
      name: "split",
      value: tSplit,
      unit: "ms",
      ratio: tSplit / tFloor,
      baseline: `bare ExcelJS writing the same ${values.length} files' values ${tFloor.toFixed(0)} ms`,
      aim: "≤ 2×",
      extra:
        `2000 tasks / 300 units into ${files} files; of which reading the master ${tRead.toFixed(0)} ms and rewriting it ${tMaster.toFixed(0)} ms, so the unit files alone ≈ ${((tSplit - tRead - tMaster) / tFloor).toFixed(2)}× the floor; ` +
        `${ledger.assignments.length} rows; unit files ${unitMb.toFixed(1)} MB in all, master ${(masterBytes.length / MB).toFixed(2)} MB read and rewritten; ` +
        `peak RSS ${(mem.rss / MB).toFixed(0)} MB, peak heap ${(mem.heap / MB).toFixed(0)} MB (before: RSS ${(base.rss / MB).toFixed(0)} MB, heap ${(base.heapUsed / MB).toFixed(0)} MB)`,
    },
  ];
}
