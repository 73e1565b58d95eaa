/**
 * The office's data on a master, read back as the core model: contacts and members typed into 单位 (so
 * they survive a rewrite) and the export records of 分发记录. Rows come keyed by column code from a
 * host reader; zod checks them here. Pure: the hosts only hand over plain rows.
 */
import * as z from "zod";
import { splitMembers } from "../units-directory/parse-units-csv";
import type { UnitContact, UnitsDirectory } from "../units-directory/directory";
import type { ExportRecord } from "./exports";
import { progressFromRows, type LabelMaps } from "./read-progress";
import { isDate, isFormula, type CellValue } from "./spec";

function text(v: CellValue | undefined): string | null {
  if (v === null || v === undefined || isFormula(v)) return null;
  if (isDate(v)) return v.date;
  const s = String(v).trim();
  return s === "" ? null : s;
}

/** The units directory as the office keeps it on 单位: only rows with a contact, phone, e-mail or members. */
export function directoryFromUnitRows(rows: readonly Record<string, CellValue>[]): UnitsDirectory {
  const units: UnitContact[] = [];
  rows.forEach((r, i) => {
    const name = text(r.name);
    if (name === null) return;
    const c: UnitContact = { name, contact: text(r.contact), phone: text(r.phone), email: text(r.email), members: splitMembers(text(r.members) ?? ""), line: i + 2 };
    if (c.contact !== null || c.phone !== null || c.email !== null || c.members.length > 0) units.push(c);
  });
  return { units };
}

const ExportHead = z.object({
  exportId: z.string().min(1),
  unit: z.string().min(1),
  file: z.string().min(1),
  period: z.string().regex(/^\d{4}-(\d{2}|Q[1-4])$/),
  key: z.string().min(1),
  hash: z.string().regex(/^[0-9a-f]{14}$/),
  time: z.string().min(1),
});

/** Export records of 分发记录; `badRows` are sheet rows (1-based) whose record is not well formed. */
export function exportsFromRows(rows: readonly Record<string, CellValue>[], labels: LabelMaps): { exports: ExportRecord[]; badRows: number[] } {
  const exports: ExportRecord[] = [];
  const badRows: number[] = [];
  rows.forEach((r, i) => {
    const head = ExportHead.safeParse(Object.fromEntries(Object.keys(ExportHead.shape).map((k) => [k, text(r[k])])));
    const values = progressFromRows([r], labels);
    const v = head.success ? values.progress.get(head.data.key) : undefined;
    if (!head.success || values.problems.length > 0 || !v) {
      badRows.push(i + 2);
      return;
    }
    const h = head.data;
    exports.push({ exportId: h.exportId, unit: h.unit, fileName: h.file, period: h.period, key: h.key, hash: h.hash, time: h.time, values: v });
  });
  return { exports, badRows };
}
