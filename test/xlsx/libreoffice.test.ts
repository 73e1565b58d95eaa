/**
 * A real spreadsheet program checks the file: LibreOffice opens the built workbooks, recomputes every
 * formula (OOXMLRecalcMode=0 in a fresh profile) and converts them. The recomputed 汇总 must equal what
 * the core computes from the same rows. Formulas are written with deliberately wrong cached results
 * (-1), so a match can only come from LibreOffice's own recalculation.
 */
import JSZip from "jszip";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { makePlan, COLLECTIVES, TOWNS } from "../factories/plan";
import { fillProgress } from "../factories/progress";
import { period } from "../factories/workbook";
import { convertAll, findSoffice, INSTALL_HINT } from "../helpers/libreoffice";
import { buildWorkbookSpec, type BuiltWorkbook } from "../../src/core/workbook/build";
import { buildLedger } from "../../src/core/workbook/ledger";
import { SUMMARY_COLUMNS, STATUS_CODES } from "../../src/core/workbook/codes";
import { isFormula, type WorkbookSpec } from "../../src/core/workbook/spec";
import type { SummaryLine } from "../../src/core/workbook/summary";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { parsePlan } from "../../src/core/plan/parse";
import type { ProgressValues } from "../../src/core/workbook/progress";
import { WORKBOOK_LABELS } from "../../src/core/workbook/labels";
import { formulaResults } from "../helpers/formula-results";
import { columnLetter } from "../../src/core/workbook/a1";

/** The same spec with every cached formula result replaced by -1. */
function poisonResults(spec: WorkbookSpec): WorkbookSpec {
  return { ...spec, sheets: spec.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => r.map((v) => (isFormula(v) ? { formula: v.formula, result: -1 } : v))) })) };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "duban-lo-"));
const plan = makePlan({ tasks: 36, units: 40, seed: 11, awkward: true });
const directory = { units: [{ name: COLLECTIVES[0] ?? "", contact: null, phone: null, email: null, members: TOWNS.slice(0, 4), line: 2 }] };
const p = period("2024-06");
const ledger = buildLedger(plan, directory, { defaultDeadline: "2024-12-31", noSectionLabel: "（未分篇章）" });
const progress = fillProgress(ledger, p, 5);
// The seed plan through the real parser, with the office listing members of one collective.
const seedPlan = parsePlan(fs.readFileSync(path.join(__dirname, "../../seeds/000_a2f65eecb66ed93a.txt"), "utf8"));
const seedDirectory = { units: [{ name: "各乡镇人民政府、街道办事处", contact: null, phone: null, email: null, members: ["振兴街道办事处", "信发街道办事处", "乐平铺镇人民政府", "博平镇人民政府"], line: 2 }] };
const seedPeriod = period("2024-Q2");
const seedProgress = fillProgress(buildLedger(seedPlan, seedDirectory, { defaultDeadline: "2024-12-31", noSectionLabel: "（未分篇章）" }), seedPeriod, 9);
// Some rows are overdue on purpose: deadlines before the period end exist in the factory's plan.

interface Book {
  file: string;
  built: BuiltWorkbook;
  lang: "zh-CN" | "en";
  progress: Map<string, ProgressValues>;
  tasks: number;
  periodEnd: string;
}
const books: Book[] = [];
let odsFiles: string[] = [];
let xlsxFiles: string[] = [];
let loMs = 0;

beforeAll(async () => {
  findSoffice(); // fails with the install hint when LibreOffice is missing
  const variants: [string, "zh-CN" | "en", Map<string, ProgressValues>, typeof plan, typeof directory, typeof p][] = [
    ["filled", "zh-CN", progress, plan, directory, p],
    ["filled-en", "en", progress, plan, directory, p],
    ["blank", "zh-CN", new Map(), plan, directory, p],
    ["seed-filled", "zh-CN", seedProgress, seedPlan, seedDirectory, seedPeriod],
  ];
  for (const [name, lang, prog, pl, dirc, per] of variants) {
    const built = buildWorkbookSpec(pl, { period: per, lang, directory: dirc, progress: prog });
    const file = path.join(dir, `${name}.xlsx`);
    fs.writeFileSync(file, await writeWorkbook(poisonResults(built.spec)));
    books.push({ file, built, lang, progress: prog, tasks: pl.tasks.length, periodEnd: per.end });
  }
  const t0 = Date.now();
  odsFiles = convertAll(books.map((b) => b.file), "ods", path.join(dir, "ods"));
  xlsxFiles = convertAll(books.map((b) => b.file), "xlsx:Calc MS Excel 2007 XML", path.join(dir, "recalc"));
  loMs = Date.now() - t0;
}, 240_000);

afterAll(() => {
  console.log(`LibreOffice: 2 soffice calls, ${books.length} workbooks each, ${loMs} ms`);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Recomputed results of the sheet with this code, by address. */
async function results(file: string, book: Book, code: string): Promise<Map<string, number | string>> {
  const idx = book.built.spec.sheets.findIndex((x) => x.code === code);
  return formulaResults(fs.readFileSync(file), idx + 1);
}

describe("LibreOffice opens and recomputes the workbook", () => {
  it("converts every sheet of every workbook, validations included", async () => {
    for (const [i, ods] of odsFiles.entries()) {
      const book = books[i]!;
      const content = await (await JSZip.loadAsync(fs.readFileSync(ods))).file("content.xml")!.async("string");
      const names = [...content.matchAll(/<table:table table:name="([^"]+)"/g)].map((m) => m[1]);
      expect(names).toEqual(book.built.spec.sheets.map((s) => s.name));
      const validations = content.match(/<table:content-validation /g)?.length ?? 0;
      const specValidations = book.built.spec.sheets.reduce((n, s) => n + s.validations.length, 0);
      expect(validations).toBeGreaterThanOrEqual(specValidations);
      // The status dropdown is a cell-range list pointing at the lists sheet through its defined name.
      expect(content).toMatch(/table:condition="of:cell-range-address\(\[?\$?duban_status\]?\)"|duban_status/);
      // The per-cell rows arrived: the last 进度 key is in the file.
      expect(content).toContain(book.built.ledger.assignments.at(-1)!.key);
    }
  });

  it("recomputes 汇总 to exactly what the core computes, per unit, leader and section, with totals that add up", async () => {
    let groupsChecked = 0;
    for (const [i, recalc] of xlsxFiles.entries()) {
      const book = books[i]!;
      const res = await results(recalc, book, "summary");
      // The file LibreOffice opened carried -1 everywhere: what we read below is its own recalculation.
      expect((await results(book.file, book, "summary")).get(`D${book.built.summaryLayout.units.first}`)).toBe(-1);
      const sheet = book.built.spec.sheets.find((x) => x.code === "summary")!;
      const lay = book.built.summaryLayout;
      const readLine = (r: number): Record<string, number | string | null> =>
        Object.fromEntries(SUMMARY_COLUMNS.map((c, j) => [c, c === "name" ? (sheet.rows[r - 1]?.[0] as string) : (res.get(`${columnLetter(j + 1)}${r}`) ?? null)]));
      const expectLine = (got: Record<string, number | string | null>, want: SummaryLine, withRoles: boolean): void => {
        expect(got.name).toBe(want.name);
        for (const c of ["total", "notStarted", "onTrack", "lagging", "done", "unreported", "overdue"] as const) expect([want.name, c, got[c]]).toEqual([want.name, c, want[c]]);
        if (withRoles) for (const c of ["lead", "co", "behind"] as const) expect([want.name, c, got[c]]).toEqual([want.name, c, want[c]]);
        expect(got.doneRate as number).toBeCloseTo(want.doneRate, 9);
      };
      const s = book.built.summary;
      s.units.forEach((u, j) => expectLine(readLine(lay.units.first + j), u, true));
      expectLine(readLine(lay.units.totals), s.unitTotal, true);
      s.groups.forEach((g, j) => expectLine(readLine(lay.groups.first + j), g, true));
      if (s.groups.length > 0) groupsChecked += s.groups.length;
      s.leaders.forEach((l, j) => expectLine(readLine(lay.leaders.first + j), l, false));
      s.sections.forEach((l, j) => expectLine(readLine(lay.sections.first + j), l, false));
      expectLine(readLine(lay.sections.totals), s.sectionTotal, false);

      // Totals add up: every 进度 row and every task is counted once.
      expect(s.unitTotal.total).toBe(book.built.ledger.assignments.length);
      expect(s.sectionTotal.total).toBe(book.tasks);
      if (book.progress.size > 0) {
        // the filled copies: the figures are not trivially zero
        expect(s.unitTotal.done).toBeGreaterThan(0);
        expect(s.unitTotal.lagging).toBeGreaterThan(0);
        expect(s.unitTotal.behind).toBeGreaterThan(0);
        // the seed states no deadlines (all default to year end): nothing can be overdue at mid-year
        if (book.built.ledger.tasks.some((t) => t.deadline < book.periodEnd)) expect(s.unitTotal.overdue).toBeGreaterThan(0);
        else expect(s.unitTotal.overdue).toBe(0);
        expect(s.unitTotal.unreported).toBeGreaterThan(0);
      }
    }
    // The seed book lists the members of one collective: its group line was recomputed and checked.
    expect(groupsChecked).toBeGreaterThan(0);
  });

  it.each([0, 3])("recomputes 任务状态 from the lead unit's row and 领导 counts like the core (book %i)", async (i) => {
    const book = books[i]!;
    const progress = book.progress;
    const tasks = await results(xlsxFiles[i]!, book, "tasks");
    let withStatus = 0;
    book.built.ledger.tasks.forEach((t, j) => {
      const status = t.leadKey === null ? null : (progress.get(t.leadKey)?.status ?? null);
      if (status !== null) withStatus++;
      expect([t.id, tasks.get(`J${j + 2}`) ?? "(none)"]).toEqual([t.id, status === null ? "" : WORKBOOK_LABELS["zh-CN"].status[status]]);
    });
    expect(withStatus).toBeGreaterThan(0);
    const leaders = await results(xlsxFiles[i]!, book, "leaders");
    book.built.summary.leaders.forEach((l, j) => {
      expect([l.name, ...["E", "F", "G", "H"].map((c) => leaders.get(`${c}${j + 2}`))]).toEqual([l.name, l.notStarted, l.onTrack, l.lagging, l.done]);
    });
    expect(STATUS_CODES.length).toBe(4);
  });

  it.each([0, 3])("recomputes 指标 from the lead unit's reported value (book %i)", async (i) => {
    const book = books[i]!;
    const res = await results(xlsxFiles[i]!, book, "targets");
    const spec = book.built.spec.sheets.find((s) => s.code === "targets")!;
    let checked = 0;
    spec.rows.forEach((r, j) => {
      const want = r[7];
      const got = res.get(`H${j + 2}`);
      const wantResult = isFormula(want ?? null) ? (want as { result?: number | string }).result : undefined;
      if (typeof wantResult === "number") {
        expect(got as number).toBeCloseTo(wantResult, 9);
        checked++;
      } else expect(got).toBe("");
    });
    expect(checked).toBeGreaterThan(0);
  });
});

test("the install hint names the Debian packages", () => {
  expect(INSTALL_HINT).toBe("apt-get install -y --no-install-recommends libreoffice-calc fonts-wqy-microhei");
});
