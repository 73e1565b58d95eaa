/**
 * Export records (分发记录): what the office sent, row by row. This record in the master — not anything
 * inside the unit's file — later proves a returned file genuine and untouched, and its values are the
 * base of the three-way merge (base = what was sent, theirs = what came back, ours = the master now).
 */
import type { ProgressValues } from "./progress";

export interface ExportRecord {
  /** One id per exported file, e.g. `2024-03-20261128T231500Z-007`. */
  exportId: string;
  unit: string;
  fileName: string;
  /** Period code of the export (`2024-03`, `2024-Q1`). */
  period: string;
  /** Row key `task|unit|role`. */
  key: string;
  /** Content hash of the row's locked cells, as in the unit file's `_meta`. */
  hash: string;
  /** When the file was written, ISO 8601 UTC. */
  time: string;
  /** The input cells as sent (review is the office's and never exported). */
  values: ProgressValues;
}
