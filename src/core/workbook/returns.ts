/**
 * Returned files (回收记录), as the collection command (a later issue) will record them. `split --remind`
 * reads them to know who has not returned; a master rewrite keeps them. Only unit and period so far —
 * the collection issue adds what it needs (file, time, verdict) as further columns.
 */
export interface ReturnRecord {
  unit: string;
  /** Period code (`2024-03`, `2024-Q1`). */
  period: string;
}
