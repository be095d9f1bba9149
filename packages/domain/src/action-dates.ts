import { londonDay } from './dates.ts';

/**
 * The day a complete action was completed: the day given or already held, else the London day
 * of `now`; an action that is not complete has none.
 */
export function completionDay(
  status: string,
  known: Date | null | undefined,
  now: Date,
): Date | null {
  return status === 'complete' ? (known ?? londonDay(now)) : null;
}

/** Why an action's dates cannot stand together, or null: it cannot fall due before it starts. */
export function actionDatesProblem(
  startDate: Date | null | undefined,
  dueDate: Date,
): string | null {
  return startDate && startDate > dueDate ? 'The due date cannot be before the start date' : null;
}
