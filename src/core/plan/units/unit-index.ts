/**
 * Rule `unit-fold`: turn every written unit name into one canonical unit. Variants that differ in
 * spaces, width or brackets fold silently (info); a second name `甲（乙）` folds into 甲 (info);
 * OCR variants of the place name fold by the confusion table (warning: a guess the user can override).
 */
import type { Unit } from "../schema";
import type { RawDiagnostic } from "../diagnostics";
import { toHalfWidth } from "../text/chars";
import { classifyUnit } from "./classify-unit";
import { foldOcr, misreadingsOf } from "./ocr-confusions";

export interface UnitMention {
  /** Clean name (spaces, widths, trailing 等 removed): what tasks hold until folding. */
  name: string;
  /** As written in the document, for the alias list. */
  written: string;
  line: number;
  taskId: string;
  role: "lead" | "responsible";
}

export interface UnitIndex {
  /** clean name → canonical name */
  canonical: Map<string, string>;
  units: Unit[];
  diagnostics: RawDiagnostic[];
}

const SECOND_NAME = /^(.{2,}?)（([^（）、，]{2,})）$/;

/** Key that ignores width, spaces, bracket style and OCR confusions. */
function keyOf(name: string): string {
  return foldOcr(toHalfWidth(name).replace(/\s+/g, "").replace(/[（(]/g, "(").replace(/[）)]/g, ")"));
}

export function buildUnitIndex(mentions: UnitMention[], placeShort: string | null): UnitIndex {
  const diagnostics: RawDiagnostic[] = [];
  const misreads = placeShort ? misreadingsOf(placeShort) : [];
  interface Group {
    key: string;
    forms: Map<string, { count: number; line: number }>;
    aliases: Set<string>;
    lead: Set<string>;
    responsible: Set<string>;
    order: number;
    name?: string;
  }
  const groups = new Map<string, Group>();
  const baseOf = new Map<string, string>();

  const keys = new Map<string, string>();
  mentions.forEach((m, order) => {
    let base = baseOf.get(m.name);
    const second = SECOND_NAME.exec(m.name);
    if (base === undefined) {
      base = m.name;
      if (second && classifyUnit(second[2]!) !== "other" && classifyUnit(second[1]!) !== "collective") {
        base = second[1]!;
        diagnostics.push({ code: "unit-second-name", line: m.line, params: { written: m.name, name: base } });
      }
      baseOf.set(m.name, base);
      keys.set(base, keyOf(base));
    }
    const key = keys.get(base)!;
    let g = groups.get(key);
    if (!g) {
      g = { key, forms: new Map(), aliases: new Set(), lead: new Set(), responsible: new Set(), order };
      groups.set(key, g);
    }
    const f = g.forms.get(base) ?? { count: 0, line: m.line };
    f.count++;
    g.forms.set(base, f);
    if (base !== m.name && second) {
      g.aliases.add(m.name);
      g.aliases.add(second[2]!);
    }
    if (m.written !== m.name) g.aliases.add(m.written);
    (m.role === "lead" ? g.lead : g.responsible).add(m.taskId);
  });

  const canonical = new Map<string, string>();
  const units: Unit[] = [];
  for (const g of [...groups.values()].sort((a, b) => a.order - b.order)) {
    const name = chooseName(g.forms, misreads.map((x) => x.misread), placeShort);
    for (const [form, info] of g.forms) {
      if (form === name) continue;
      g.aliases.add(form);
      const guessed = foldOcr(form) !== form || differsInPlace(form, name, misreads);
      diagnostics.push({
        code: guessed ? "unit-merge-guessed" : "unit-variant-folded",
        line: info.line,
        params: { variant: form, name },
      });
    }
    g.name = name;
    units.push({
      name,
      kind: classifyUnit(name),
      aliases: [...g.aliases].filter((a) => a !== name),
      leadTasks: [...g.lead],
      responsibleTasks: [...g.responsible],
    });
  }
  for (const [clean, base] of baseOf) {
    const name = groups.get(keys.get(base)!)?.name;
    if (name) canonical.set(clean, name);
  }
  return { canonical, units, diagnostics };
}

function differsInPlace(form: string, name: string, misreads: { misread: string }[]): boolean {
  return misreads.some((m) => form.includes(m.misread) && !name.includes(m.misread));
}

/** Prefer a form without OCR misreadings (the place's own spelling fixed first), then the most frequent. */
function chooseName(forms: Map<string, { count: number }>, misreadPlaces: string[], placeShort: string | null): string {
  const scored = [...forms.entries()].map(([form, { count }]) => {
    let fixed = form;
    if (placeShort) for (const m of misreadPlaces) fixed = fixed.split(m).join(placeShort);
    const clean = foldOcr(fixed) === fixed ? 1 : 0;
    return { fixed, score: clean * 1e6 + count };
  });
  scored.sort((a, b) => b.score - a.score);
  return scored[0]!.fixed;
}
