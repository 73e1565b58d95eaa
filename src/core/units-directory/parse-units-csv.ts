/** Read the office's units CSV into a UnitsDirectory. Never throws on bad data: problems come back as data. */
import { parseCsv } from "./csv";
import { unitMatchKey, type UnitContact, type UnitsDirectory } from "./directory";
import type { DirectoryProblem } from "./problems";

const HEADERS: Record<"name" | "contact" | "phone" | "email" | "members", string[]> = {
  name: ["单位名称", "单位", "名称", "name", "unit"],
  contact: ["联系人", "contact"],
  phone: ["联系电话", "电话", "手机", "phone"],
  email: ["电子邮箱", "邮箱", "email", "e-mail"],
  members: ["成员单位", "成员", "members"],
};

/** Split a member list written with newlines, `；`, `;`, `、` or `|`. */
export function splitMembers(s: string): string[] {
  return s
    .split(/[\n;；、|]+/)
    .map((m) => m.trim())
    .filter((m) => m !== "");
}

/**
 * Parse the CSV. `knownUnits` (canonical names and aliases of the plan) lets it warn about rows naming
 * no plan unit; such rows are still kept when they list members or are members of a collective.
 */
export function parseUnitsCsv(text: string, knownUnits?: readonly string[]): { directory: UnitsDirectory; problems: DirectoryProblem[] } {
  const problems: DirectoryProblem[] = [];
  const { rows, unclosedQuoteLine } = parseCsv(text);
  if (unclosedQuoteLine !== null) problems.push({ code: "csv-unclosed-quote", line: unclosedQuoteLine });
  const header = rows[0];
  if (!header) return { directory: { units: [] }, problems: [...problems, { code: "csv-no-name-column", line: 1 }] };
  const find = (names: string[]): number => header.cells.findIndex((h) => names.includes(h.trim().toLowerCase()));
  const col = {
    name: find(HEADERS.name),
    contact: find(HEADERS.contact),
    phone: find(HEADERS.phone),
    email: find(HEADERS.email),
    members: find(HEADERS.members),
  };
  if (col.name < 0) return { directory: { units: [] }, problems: [...problems, { code: "csv-no-name-column", line: header.line }] };

  const get = (cells: string[], i: number): string | null => {
    if (i < 0) return null;
    const v = (cells[i] ?? "").trim();
    return v === "" ? null : v;
  };
  const known = knownUnits ? new Set(knownUnits.map(unitMatchKey)) : null;
  const seen = new Set<string>();
  const units: UnitContact[] = [];
  for (const row of rows.slice(1)) {
    const name = get(row.cells, col.name);
    if (name === null) continue;
    const key = unitMatchKey(name);
    if (seen.has(key)) {
      problems.push({ code: "csv-duplicate-unit", line: row.line, name });
      continue;
    }
    seen.add(key);
    const email = get(row.cells, col.email);
    if (email !== null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) problems.push({ code: "csv-bad-email", line: row.line, name, email });
    units.push({
      name,
      contact: get(row.cells, col.contact),
      phone: get(row.cells, col.phone),
      email,
      members: splitMembers(get(row.cells, col.members) ?? ""),
      line: row.line,
    });
  }
  if (known) {
    const memberKeys = new Set(units.flatMap((u) => u.members.map(unitMatchKey)));
    for (const u of units) {
      const k = unitMatchKey(u.name);
      if (!known.has(k) && !memberKeys.has(k)) problems.push({ code: "csv-unknown-unit", line: u.line, name: u.name });
    }
  }
  return { directory: { units }, problems };
}
