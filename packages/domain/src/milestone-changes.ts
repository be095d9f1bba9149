import { londonDay } from './dates.ts';

/**
 * Why an owner cannot mark a milestone complete on this day, or null when they can: a milestone
 * is completed today or earlier (London days), never ahead of time.
 */
export function milestoneCompletionProblem(completedAt: Date, now: Date): string | null {
  return completedAt > londonDay(now) ? 'The completion date must be today or earlier' : null;
}

/** Why a milestone cannot be flagged at risk, or null when it can: a completed one never is. */
export function milestoneAtRiskProblem(
  milestone: { completedAt: Date | null },
  atRisk: boolean,
): string | null {
  return milestone.completedAt && atRisk ? 'A completed milestone cannot be at risk' : null;
}
