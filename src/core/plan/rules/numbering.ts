/**
 * Rule `numbering`: task ids and numbering checks. Numbers run on across the plan, or restart in
 * every section, or in every sub-section; gaps and repeats are reported at the task where they show.
 */
import type { RawDiagnostic } from "../diagnostics";
import type { RawTask } from "./structure";

type Scope = "plan" | "section" | "subsection";

/** Where numbering restarts at 1: at a new sub-section, a new section, or never. */
function restartScope(tasks: RawTask[]): Scope {
  let section = false;
  for (let i = 1; i < tasks.length; i++) {
    const t = tasks[i]!;
    const p = tasks[i - 1]!;
    if (t.no !== 1) continue;
    if (t.section === p.section && t.subsection !== p.subsection) return "subsection";
    if (t.section !== p.section) section = true;
  }
  return section ? "section" : "plan";
}

const bare = (id: string | null): string => (id ?? "0").replace(/[（）()]/g, "");

function parentKey(t: RawTask, scope: Scope): string {
  if (scope === "plan") return "";
  if (scope === "section") return t.section ?? "0";
  return `${t.section ?? "0"}.${bare(t.subsection)}`;
}

/** Task ids: the number when numbers are unique, else `section.number` (or `section.sub.number`). */
export function assignIds(tasks: RawTask[]): string[] {
  const nos = tasks.map((t) => t.no);
  const unique = nos.every((n) => n !== null) && new Set(nos).size === nos.length;
  const scope = restartScope(tasks);
  const ids = tasks.map((t, i) => {
    if (unique) return String(t.no);
    const parent = scope === "subsection" ? parentKey(t, scope) : (t.section ?? "0");
    return t.no === null ? `${parent}.L${t.line}` : `${parent}.${t.no ?? i + 1}`;
  });
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}

export function checkNumbering(tasks: RawTask[]): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  const scope = restartScope(tasks);
  const firstLine = new Map<string, number>();
  let prev: RawTask | null = null;
  for (const t of tasks) {
    if (t.no === null) continue;
    const parent = parentKey(t, scope);
    const newRun = prev !== null && parentKey(prev, scope) !== parent;
    const key = `${parent}|${t.no}`;
    const seenAt = firstLine.get(key);
    if (seenAt !== undefined) {
      out.push({ code: "task-number-duplicate", line: t.line, params: { no: t.no, firstLine: seenAt } });
    } else {
      firstLine.set(key, t.line);
      const expected = prev === null || newRun ? 1 : (prev.no ?? 0) + 1;
      if (t.no > expected) {
        const missing = t.no - 1 === expected ? String(expected) : `${expected}–${t.no - 1}`;
        out.push({ code: "task-number-missing", line: t.line, params: { missing, prev: prev && !newRun ? (prev.no ?? "") : "—", no: t.no } });
      }
    }
    prev = t;
  }
  return out;
}
