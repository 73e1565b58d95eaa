/**
 * Rule `numbering`: task ids and numbering checks. Numbers either run on across the plan or restart
 * in every section; gaps and repeats are reported at the task where they show.
 */
import type { RawDiagnostic } from "../diagnostics";
import type { RawTask } from "./structure";

/** True when numbering restarts at 1 in a later section. */
function restartsPerSection(tasks: RawTask[]): boolean {
  return tasks.some((t, i) => i > 0 && t.no === 1 && t.section !== tasks[i - 1]!.section);
}

/** Task ids: the number when numbers are unique, else `section.number`; a last resort suffix keeps them unique. */
export function assignIds(tasks: RawTask[]): string[] {
  const nos = tasks.map((t) => t.no);
  const unique = nos.every((n) => n !== null) && new Set(nos).size === nos.length;
  const ids = tasks.map((t, i) =>
    unique ? String(t.no) : t.no === null ? `${t.section ?? "0"}.L${t.line}` : `${t.section ?? "0"}.${t.no ?? i + 1}`,
  );
  const seen = new Map<string, number>();
  return ids.map((id) => {
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}

export function checkNumbering(tasks: RawTask[]): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  const restart = restartsPerSection(tasks);
  const firstLine = new Map<string, number>();
  let prev: RawTask | null = null;
  for (const t of tasks) {
    if (t.no === null) continue;
    const newRun = restart && prev !== null && t.section !== prev.section;
    const key = restart ? `${t.section}|${t.no}` : String(t.no);
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
