/**
 * Calendar days as spreadsheet serials, without local-time APIs: a serial means the same day in every
 * time zone. Serial 1 is 1900-01-01; Excel's phantom 1900-02-29 makes serial 61 = 1900-03-01, so for
 * every date after February 1900 serial = days since 1899-12-30.
 */
const MS_PER_DAY = 86_400_000;
const EPOCH_1899_12_30 = Date.UTC(1899, 11, 30);

/** `2024-03-31` → 45382. */
export function isoToSerial(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return Math.round((Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - EPOCH_1899_12_30) / MS_PER_DAY);
}

/** 45382 → `2024-03-31` (fractions of a day are dropped). */
export function serialToIso(serial: number): string {
  const d = new Date(EPOCH_1899_12_30 + Math.floor(serial) * MS_PER_DAY);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Last day of a month, `YYYY-MM-DD`. */
export function endOfMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month, 0));
  return `${year}-${pad(month)}-${pad(d.getUTCDate())}`;
}

export function isValidIso(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() + 1 === Number(m[2]) && d.getUTCDate() === Number(m[3]);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
