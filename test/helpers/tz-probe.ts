/**
 * Run in a child process under a given TZ: build a workbook, then print the date serials in its XML
 * and the dates read back. The time-zone test compares the output across zones.
 */
import JSZip from "jszip";
import { makePlan } from "../factories/plan";
import { makeProgressRow } from "../factories/progress";
import { buildWorkbookSpec } from "../../src/core/workbook/build";
import { parsePeriod } from "../../src/core/workbook/period";
import { isDate } from "../../src/core/workbook/spec";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { readWorkbookValues } from "../../src/xlsx/read-workbook";

async function probe(): Promise<void> {
  const plan = makePlan({ tasks: 6, seed: 4 });
  const period = parsePeriod("2024-03")!;
  const first = buildWorkbookSpec(plan, { period });
  const progress = new Map(first.ledger.assignments.map((a, i) => [a.key, makeProgressRow({ reportDate: `2024-03-${["01", "31", "15", "29"][i % 4]}` })]));
  const built = buildWorkbookSpec(plan, { period, progress, due: "2024-03-25" });
  const bytes = await writeWorkbook(built.spec);
  const zip = await JSZip.loadAsync(bytes);
  const progressXml = await zip.file("xl/worksheets/sheet6.xml")!.async("string");
  const serials = [...progressXml.matchAll(/<c r="([FP]\d+)"[^>]*><v>([^<]*)<\/v>/g)].map((m) => `${m[1]}=${m[2]}`);
  const validation = [...progressXml.matchAll(/<formula1>(\d+)<\/formula1><formula2>(\d+)<\/formula2>/g)].map((m) => `${m[1]}-${m[2]}`);
  const sheets = await readWorkbookValues(bytes);
  const read = sheets.find((s) => s.name === "进度")!.rows.flatMap((r) => r.filter(isDate).map((d) => d.date));
  process.stdout.write(JSON.stringify({ tz: Intl.DateTimeFormat().resolvedOptions().timeZone, serials, validation, read }));
}

probe().catch((e) => {
  process.stderr.write(String(e));
  process.exitCode = 1;
});
