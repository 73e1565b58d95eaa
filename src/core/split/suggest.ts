/** Close names for a name the user mistyped: containment first, then small edit distances. */
import { unitMatchKey } from "../units-directory/directory";

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

/** Up to `max` candidates close to `name`, best first. */
export function closeNames(name: string, candidates: readonly string[], max = 3): string[] {
  const k = unitMatchKey(name);
  const scored = candidates
    .map((c) => {
      const ck = unitMatchKey(c);
      const d = editDistance(k, ck);
      // A name inside another (`财政局` in `区财政局`) is the commonest slip: rank it with the nearest.
      const contains = k.length >= 2 && (ck.includes(k) || k.includes(ck));
      return { c, score: contains ? Math.min(d, 1) : d, limit: Math.max(2, Math.floor(Math.max([...k].length, [...ck].length) / 3)) };
    })
    .filter((s) => s.score <= s.limit)
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c));
  return scored.slice(0, max).map((s) => s.c);
}
