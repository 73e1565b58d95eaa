/** Traffic lights (红黄绿灯) against the schedule-to-date (序时进度). Thresholds are configurable per office. */
import type { StatusCode } from "./codes";

export interface LightThresholds {
  /** Points behind the schedule from which a row is yellow (default 10). */
  yellow: number;
  /** Points behind beyond which a row is red (default 30). */
  red: number;
}
export const DEFAULT_THRESHOLDS: LightThresholds = { yellow: 10, red: 30 };

export type Light = "green" | "yellow" | "red";

/**
 * Light of one row: red when overdue and not done or more than `red` points behind; yellow when
 * `yellow`–`red` points behind; green when done or fewer than `yellow` behind; null when not reported.
 * The 进度 sheet's conditional formats encode the same rule.
 */
export function trafficLight(
  row: { status: StatusCode | null; percent: number | null; deadline: string },
  schedule: number,
  periodEnd: string,
  t: LightThresholds,
): Light | null {
  if (row.status === "done") return "green";
  if (row.deadline < periodEnd) return "red";
  if (row.percent === null) return null;
  const behind = schedule - row.percent;
  if (behind > t.red) return "red";
  if (behind >= t.yellow) return "yellow";
  return "green";
}
