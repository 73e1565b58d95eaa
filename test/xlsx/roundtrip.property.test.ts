/** Property: spec → .xlsx → read back → the same cell values, for generated plans with awkward text. */
import fc from "fast-check";
import { makePlan } from "../factories/plan";
import { fillProgress } from "../factories/progress";
import { buildWorkbookSpec } from "../../src/core/workbook/build";
import { parsePeriod } from "../../src/core/workbook/period";
import { isFormula, type CellValue } from "../../src/core/workbook/spec";
import { writeWorkbook } from "../../src/xlsx/write-workbook";
import { readWorkbookValues } from "../../src/xlsx/read-workbook";

/**
 * What a cell should read back as: formulas by their text. Strings are compared exactly as the spec
 * holds them — the core already normalised line breaks and dropped XML-illegal characters, and the
 * property checks that the spec never holds anything the file cannot keep.
 */
function expected(v: CellValue): CellValue {
  if (isFormula(v)) return { formula: v.formula };
  if (typeof v === "string") return v === "" ? null : v;
  return v;
}
function actual(v: CellValue): CellValue {
  if (isFormula(v)) return { formula: v.formula };
  return v === "" ? null : v;
}

const awkwardText = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."督查室任务进度汇总各乡镇人民政府、街道办事处（）“”")}),
  fc.constantFrom("=1+1", "+86", "-5", "@user", "=SUM(A1:A9)", "a\nb\r\nc\rd", "'quoted", "  spaces  ", "<xml>&amp;</xml>", "𠀀𪚥 emoji 🚀"),
  fc.string({ minLength: 0, maxLength: 40 }),
  fc.integer({ min: 150, max: 400 }).map((n) => "长文本“高质量发展”\n".repeat(n)),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

describe("spec → xlsx → values", () => {
  it("reads back every cell value the spec holds", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          seed: fc.integer({ min: 1, max: 10_000 }),
          tasks: fc.integer({ min: 1, max: 30 }),
          units: fc.integer({ min: 0, max: 120 }),
          texts: fc.array(awkwardText, { minLength: 1, maxLength: 6 }),
          unitName: awkwardText,
          lang: fc.constantFrom("zh-CN" as const, "en" as const),
          period: fc.constantFrom("2024-01", "2024-03", "2024-Q2", "2024-12"),
          filled: fc.boolean(),
        }),
        async (g) => {
          const plan = makePlan({ tasks: g.tasks, units: g.units, seed: g.seed, awkward: true });
          g.texts.forEach((t, i) => {
            const task = plan.tasks[i % plan.tasks.length];
            if (task) task.text = t;
          });
          const first = plan.tasks[0];
          if (first && g.unitName.trim() !== "") first.responsibleUnits = [...first.responsibleUnits.filter((u) => u !== g.unitName && !first.leadUnits.includes(g.unitName)), ...(first.leadUnits.includes(g.unitName) ? [] : [g.unitName])];
          const period = parsePeriod(g.period)!;
          const base = buildWorkbookSpec(plan, { period, lang: g.lang });
          const built = g.filled ? buildWorkbookSpec(plan, { period, lang: g.lang, progress: fillProgress(base.ledger, period, g.seed) }) : base;
          const sheets = await readWorkbookValues(await writeWorkbook(built.spec));
          expect(sheets.map((s) => s.name)).toEqual(built.spec.sheets.map((s) => s.name));
          for (const spec of built.spec.sheets) {
            const read = sheets.find((s) => s.name === spec.name)!;
            const want = [...(spec.headerRow ? [spec.columns.map((c) => c.header)] : []), ...spec.rows];
            const w = spec.columns.length;
            expect(read.rows.length).toBe(want.length);
            want.forEach((row, r) => {
              for (let c = 0; c < w; c++) {
                const e = expected(row[c] ?? null);
                const a = actual(read.rows[r]?.[c] ?? null);
                if (JSON.stringify(a) !== JSON.stringify(e)) throw new Error(`${spec.name} R${r + 1}C${c + 1}: wrote ${JSON.stringify(e)}, read ${JSON.stringify(a)}`);
              }
            });
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
