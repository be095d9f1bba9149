import { assessAction, type TActionAssessment, type TActionStatus } from './action-assessment.ts';
import { completionDay } from './action-dates.ts';
import type { TMilestoneInput } from './milestone-assessment.ts';
import type { Rag } from './rag.ts';

/** What the action holds before the update: the dates and milestones its colour comes from. */
export type TActionBeforeUpdate = {
  startDate?: Date | null;
  dueDate: Date;
  completedAt: Date | null;
  milestones: readonly TMilestoneInput[];
};

/** The owner's answers that the update rule reads. */
export type TActionUpdateAnswers = {
  status: TActionStatus;
  ownerRag?: Rag | null;
  ownerRagReason?: string | null;
  recoveryAction?: string | null;
};

export type TActionUpdateCheck = {
  /** Set when the update completes the action: kept if already set, else the London day of the update. */
  completedAt: Date | null;
  /** The action's colour once the update is saved. */
  assessment: TActionAssessment;
  /** Red or amber once saved, so a recovery action is required (whether or not one is given). */
  needsRecoveryAction: boolean;
  /** The answers the rule still needs, by field, in words; empty when the update may be saved. */
  fieldErrors: Partial<Record<'recoveryAction' | 'ownerRagReason', string>>;
};

const isBlank = (text: string | null | undefined) => !text?.trim();

/**
 * The update rule (DOMAIN.md §2, §4), the same in the owner's form and on the server: once saved,
 * a red or amber action needs a recovery action, and an owner's view greener than the colour the
 * dates and milestones give needs a reason. Everything is judged on the London day of `now`, and
 * completing the action dates it that day.
 */
export function checkActionUpdate(
  action: TActionBeforeUpdate,
  update: TActionUpdateAnswers,
  now: Date,
): TActionUpdateCheck {
  const completedAt = completionDay(update.status, action.completedAt, now);
  const assessment = assessAction(
    {
      status: update.status,
      startDate: action.startDate ?? null,
      dueDate: action.dueDate,
      completedAt,
      milestones: [...action.milestones],
      ownerRag: update.ownerRag ?? null,
    },
    now,
  );
  const needsRecoveryAction = assessment.rag === 'red' || assessment.rag === 'amber';
  const fieldErrors: TActionUpdateCheck['fieldErrors'] = {};
  if (needsRecoveryAction && isBlank(update.recoveryAction)) {
    fieldErrors.recoveryAction = `Enter a recovery action: this action will be ${assessment.rag}, so the board needs to know how it will get back on track`;
  }
  if (assessment.optimistic && isBlank(update.ownerRagReason)) {
    fieldErrors.ownerRagReason = `Explain your RAG view: it is greener than the ${assessment.derivedRag ?? ''} worked out from the dates and milestones`;
  }
  return { completedAt, assessment, needsRecoveryAction, fieldErrors };
}
