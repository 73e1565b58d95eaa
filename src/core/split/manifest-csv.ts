/** 分发清单.csv: UTF-8 with a BOM (so Excel opens it as UTF-8), CRLF, RFC 4180 quoting. */

export interface ManifestRow {
  unit: string;
  file: string;
  email: string | null;
  rows: number;
  draft: string | null;
  note: string;
}

function field(v: string): string {
  // A cell starting with = + - @ is a formula to Excel when it opens a CSV: keep it text.
  const s = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function manifestCsv(header: string, rows: readonly ManifestRow[]): string {
  const lines = [header, ...rows.map((r) => [r.unit, r.file, r.email ?? "", String(r.rows), r.draft ?? "", r.note].map(field).join(","))];
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}
