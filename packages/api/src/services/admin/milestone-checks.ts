import { findMilestoneLimits, type Actor, type DbClient } from '@belonging/db';
import { isSameMilestone, milestoneDueDateProblem, strategySpan } from '@belonging/domain';
import { ApiError } from '../../errors.ts';

/** Why the API refused a milestone that already exists: the form asks "Add it anyway?". */
export const DUPLICATE_MILESTONE = 'duplicate_milestone';

/**
 * Refuses a due date after the action's or outside the strategy (naming the days allowed), and
 * the same milestone twice under one action unless the EDI team has confirmed it.
 */
export async function checkMilestone(
  db: DbClient,
  actor: Actor,
  input: {
    actionId: string;
    exceptId?: string;
    title: string;
    dueDate: Date;
    confirmDuplicate?: boolean;
    checkDueDate: boolean;
  },
) {
  const limits = await findMilestoneLimits(db, {
    organisationId: actor.organisationId,
    actionId: input.actionId,
    exceptId: input.exceptId,
  });
  if (!limits) throw new ApiError('NOT_FOUND', 'That action does not exist in your trust.');
  if (input.checkDueDate) {
    const { startYear, endYear } = limits.commitment.ambition.strategy;
    const span = strategySpan(startYear, endYear);
    const problem = milestoneDueDateProblem(input.dueDate, {
      actionDueDate: limits.dueDate,
      strategyStart: span.start,
      strategyEnd: span.end,
    });
    if (problem) throw new ApiError('BAD_REQUEST', problem, { dueDate: [problem] });
  }
  if (input.confirmDuplicate !== true && limits.milestones.some((m) => isSameMilestone(m, input))) {
    const message = `This milestone already exists under this action, due on the same day: add it anyway?`;
    throw new ApiError('CONFLICT', message, { title: [message] }, { reason: DUPLICATE_MILESTONE });
  }
}
