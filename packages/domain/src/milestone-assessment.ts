import { z } from 'zod';
import type { Rag } from './rag.ts';
import { londonDayNumber } from './dates.ts';

export const ZMilestoneInput = z.object({
  dueDate: z.date(),
  completedAt: z.date().nullish(),
  atRisk: z.boolean().optional(),
});
export type TMilestoneInput = z.infer<typeof ZMilestoneInput>;

export type TMilestoneReason = 'complete' | 'complete_late' | 'overdue' | 'at_risk' | 'on_track';

export type TMilestoneAssessment = {
  rag: Rag;
  /** Completed after its due date. */
  late: boolean;
  /** Not completed and its due date has passed. */
  overdue: boolean;
  reason: TMilestoneReason;
};

/** Colours a milestone on the London day of `asOf`: overdue from the day after it was due. */
export function assessMilestone(m: TMilestoneInput, asOf: Date): TMilestoneAssessment {
  return assessMilestoneOnDay(m, londonDayNumber(asOf, 'asOf'));
}

/** As `assessMilestone`, for a day number the caller has already worked out. */
export function assessMilestoneOnDay(m: TMilestoneInput, today: number): TMilestoneAssessment {
  const due = londonDayNumber(m.dueDate, "The milestone's due date", 'dueDate');
  const completed = m.completedAt
    ? londonDayNumber(m.completedAt, "The milestone's completion date", 'completedAt')
    : null;
  if (completed !== null && completed <= today) {
    const late = completed > due;
    return { rag: 'blue', late, overdue: false, reason: late ? 'complete_late' : 'complete' };
  }
  if (today > due) return { rag: 'red', late: false, overdue: true, reason: 'overdue' };
  if (m.atRisk) return { rag: 'amber', late: false, overdue: false, reason: 'at_risk' };
  return { rag: 'green', late: false, overdue: false, reason: 'on_track' };
}
