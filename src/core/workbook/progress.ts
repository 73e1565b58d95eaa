/** What a unit reports on one row of 进度 for one period; every field may be empty. */
import type { ReviewCode, StatusCode } from "./codes";

export interface ProgressValues {
  status: StatusCode | null;
  /** Whole number 0–100. */
  percent: number | null;
  actual: number | null;
  progress: string | null;
  problems: string | null;
  nextSteps: string | null;
  evidence: string | null;
  reporter: string | null;
  /** Kept as text: phone numbers lose leading zeros as numbers. */
  phone: string | null;
  /** `YYYY-MM-DD`. */
  reportDate: string | null;
  review: ReviewCode | null;
}

export const EMPTY_PROGRESS: ProgressValues = {
  status: null,
  percent: null,
  actual: null,
  progress: null,
  problems: null,
  nextSteps: null,
  evidence: null,
  reporter: null,
  phone: null,
  reportDate: null,
  review: null,
};

/** Progress by row key. */
export type ProgressByKey = ReadonlyMap<string, ProgressValues>;
