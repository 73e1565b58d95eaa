/**
 * Property: reformatting a plan — full/half-width punctuation, `1.` vs `1、`, page breaks inside
 * words, CRLF line ends — does not change what it means (tasks, units, leaders, targets).
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { parsePlan } from "../../src/core/plan/parse";
import { toHalfWidth } from "../../src/core/plan/text/chars";

const ROOT = path.join(__dirname, "../..");
const FIX = path.join(ROOT, "test/fixtures/plans");
const docs: [string, string][] = [
  ["seed", fs.readFileSync(path.join(ROOT, "seeds/000_a2f65eecb66ed93a.txt"), "utf8")],
  ...fs
    .readdirSync(FIX)
    .filter((f) => f.endsWith(".txt") && !f.startsWith("error.") && !f.startsWith("table-"))
    .map((f): [string, string] => [f, fs.readFileSync(path.join(FIX, f), "utf8")]),
];

/** Small deterministic PRNG so a failing case replays from fast-check's seed. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32;
}

const WIDTH: Record<string, string> = { "（": "(", "）": ")", "：": ":", "；": ";", "，": "," };

function reformat(text: string, seed: number, widthP: number, breakP: number, crlf: boolean): string {
  const r = rng(seed);
  const lines = text.replace(/\r\n/g, "\n").split("\n").map((line) => {
    // Width: swap some full-width marks to ASCII (never inside the document number 〔〕).
    let out = "";
    for (const ch of line) out += WIDTH[ch] && r() < widthP ? WIDTH[ch] : ch;
    // `12.` ↔ `12、`
    if (/^\d{1,3}\./.test(out) && r() < widthP) out = out.replace(/^(\d{1,3})\./, "$1、");
    // Page breaks inside a task paragraph, as PDF extraction leaves them.
    if (/^\d{1,3}[.、]/.test(out) && r() < breakP) {
      const chars = [...out];
      const at = 6 + Math.floor(r() * Math.max(1, chars.length - 8));
      const a = chars[at - 1] ?? "";
      const b = chars[at] ?? "";
      if (at < chars.length && !(/[A-Za-z0-9.]/.test(a) && /[A-Za-z0-9.]/.test(b))) {
        out = chars.slice(0, at).join("") + "\n\n" + chars.slice(at).join("");
      }
    }
    return out;
  });
  return lines.join(crlf ? "\r\n" : "\n");
}

const norm = (s: string | null): string | null => (s === null ? null : toHalfWidth(s).replace(/\s+/g, ""));

function meaning(text: string): unknown {
  const p = parsePlan(text);
  return {
    meta: { ...p.meta, planId: undefined, title: norm(p.meta.title) },
    sections: p.sections.map((s) => [s.id, norm(s.title), s.subsections.map((x) => [x.id, norm(x.title)])]),
    tasks: p.tasks.map((t) => ({
      id: t.id, section: t.section, subsection: t.subsection, text: norm(t.text), leaders: t.leaders,
      lead: t.leadUnits, resp: t.responsibleUnits, targets: t.targets.map((x) => [x.value, x.unit, x.comparator]),
      deadline: t.deadline,
    })),
    units: p.units.map((u) => [u.name, u.kind, u.leadTasks, u.responsibleTasks]),
    leaders: p.leaders.map((l) => [l.name, l.tasks]),
    problems: p.diagnostics.filter((d) => d.severity !== "info").map((d) => d.code).sort(),
  };
}

const baseline = new Map(docs.map(([name, text]) => [name, meaning(text)]));

test("reformatting does not change the parsed plan", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...docs),
      fc.integer({ min: 1, max: 2 ** 31 - 1 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.boolean(),
      ([name, text], seed, widthP, breakP, crlf) => {
        expect(meaning(reformat(text, seed, widthP, breakP, crlf))).toEqual(baseline.get(name));
      },
    ),
    { numRuns: 150 },
  );
});
