/**
 * Golden tests: every test/fixtures/plans/NAME.txt beside NAME.expected.json. The expected file is a
 * projection written by hand from the document: fields it omits are not compared. A missing expected
 * file fails the test and prints what the parser produced (it is never written silently).
 */
import * as fs from "fs";
import * as path from "path";
import { parsePlan } from "../../src/core/plan/parse";
import { PlanSchema, type Plan } from "../../src/core/plan/schema";

const DIR = path.join(__dirname, "../fixtures/plans");
const inputs = fs.readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();

interface Expected {
  meta?: Partial<Plan["meta"]>;
  sections?: { id: string; title?: string; subsections?: { id: string; title?: string }[] }[];
  tasks?: Record<string, unknown>[];
  units?: { name: string; kind?: string; aliases?: string[] }[];
  diagnostics?: { code: string; line?: number | null }[];
}

function pick(obj: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, obj[k]]));
}

describe.each(inputs)("plan fixture %s", (file) => {
  const text = fs.readFileSync(path.join(DIR, file), "utf8");
  const expectedPath = path.join(DIR, file.replace(/\.txt$/, ".expected.json"));
  const plan = parsePlan(text);

  test("matches the expected file", () => {
    if (!fs.existsSync(expectedPath)) {
      throw new Error(`missing ${path.basename(expectedPath)}; the parser produced:\n${JSON.stringify(plan, null, 2)}`);
    }
    PlanSchema.parse(plan);
    const exp = JSON.parse(fs.readFileSync(expectedPath, "utf8")) as Expected;
    if (exp.meta) expect(pick(plan.meta, Object.keys(exp.meta))).toEqual(exp.meta);
    if (exp.sections) {
      expect(plan.sections.map((s) => s.id)).toEqual(exp.sections.map((s) => s.id));
      exp.sections.forEach((es, i) => {
        const got = plan.sections[i]!;
        if (es.title !== undefined) expect(got.title).toBe(es.title);
        if (es.subsections) {
          expect(got.subsections.map((x) => x.id)).toEqual(es.subsections.map((x) => x.id));
          es.subsections.forEach((ex, j) => {
            if (ex.title !== undefined) expect(got.subsections[j]!.title).toBe(ex.title);
          });
        }
      });
    }
    if (exp.tasks) {
      expect(plan.tasks.map((t) => t.id)).toEqual(exp.tasks.map((t) => t.id));
      exp.tasks.forEach((et, i) => {
        const got = plan.tasks[i]! as unknown as Record<string, unknown>;
        const keys = Object.keys(et).filter((k) => k !== "targets");
        expect({ id: et.id, ...pick(got, keys) }).toEqual({ id: et.id, ...pick(et, keys) });
        if (et.targets) {
          const want = et.targets as Record<string, unknown>[];
          const have = (got.targets as Record<string, unknown>[]).map((t, k) => pick(t, Object.keys(want[k] ?? t)));
          expect({ id: et.id, targets: have }).toEqual({ id: et.id, targets: want });
        }
      });
    }
    for (const eu of exp.units ?? []) {
      const got = plan.units.find((u) => u.name === eu.name);
      expect({ unit: eu.name, found: !!got }).toEqual({ unit: eu.name, found: true });
      if (eu.kind) expect({ unit: eu.name, kind: got!.kind }).toEqual({ unit: eu.name, kind: eu.kind });
      for (const a of eu.aliases ?? []) expect({ unit: eu.name, aliases: got!.aliases }).toEqual({ unit: eu.name, aliases: expect.arrayContaining([a]) });
    }
    for (const ed of exp.diagnostics ?? []) {
      const found = plan.diagnostics.some((d) => d.code === ed.code && (ed.line === undefined || ed.line === null || d.line === ed.line));
      expect({ want: ed, found, got: found ? [] : plan.diagnostics.map((d) => `${d.code}@${d.line}`) }).toEqual({ want: ed, found: true, got: [] });
    }
  });

  if (file.startsWith("error.")) {
    test("reports at least one error", () => {
      expect(plan.diagnostics.some((d) => d.severity === "error")).toBe(true);
    });
  } else {
    test("reports no errors", () => {
      expect(plan.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)).toEqual([]);
    });
  }
});
