import { assessAction, REASON_LABELS, RAG_LABELS, type TActionAssessment } from '@belonging/domain';
import type { TActionDetail } from '../../lib/api-types.ts';

export type TUpdateFields = {
  narrative: string;
  progressPercent: string;
  status: 'not_started' | 'in_progress' | 'complete';
  ownerRag: '' | 'red' | 'amber' | 'green' | 'blue';
  ownerRagReason: string;
  risks: string;
  nextSteps: string;
  recoveryAction: string;
};

export const FIELD_ORDER: (keyof TUpdateFields)[] = [
  'narrative',
  'progressPercent',
  'status',
  'ownerRag',
  'ownerRagReason',
  'risks',
  'nextSteps',
  'recoveryAction',
];

/**
 * The colour the action will have once this update is saved, by the same rule the server applies:
 * the form can then say, before submitting, why a recovery action or a reason is needed.
 */
export type TActionDates = {
  startDate: Date | null;
  dueDate: Date;
  completedAt: Date | null;
  milestones: readonly { dueDate: Date; completedAt: Date | null; atRisk: boolean }[];
};

export function predictAssessment(
  action: TActionDates,
  fields: TUpdateFields,
  now = new Date(),
): TActionAssessment {
  const status = fields.status;
  return assessAction(
    {
      status,
      startDate: action.startDate,
      dueDate: action.dueDate,
      completedAt: status === 'complete' ? (action.completedAt ?? now) : null,
      milestones: [...action.milestones],
      ownerRag: fields.ownerRag || null,
    },
    now,
  );
}

export function needsRecoveryAction(assessment: TActionAssessment): boolean {
  return assessment.rag === 'red' || assessment.rag === 'amber';
}

/** Why the recovery action is required, in words, or null when it is optional. */
export function recoveryReason(assessment: TActionAssessment): string | null {
  if (!needsRecoveryAction(assessment) || !assessment.rag) return null;
  return `Required: with this update the action is ${RAG_LABELS[assessment.rag]} (${REASON_LABELS[assessment.reason].toLowerCase()}), so the board needs to know how it will get back on track.`;
}

/** The checks the server makes beyond the input schema, so the owner hears them first. */
export function ruleErrors(
  assessment: TActionAssessment,
  fields: TUpdateFields,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (needsRecoveryAction(assessment) && !fields.recoveryAction.trim()) {
    errors.recoveryAction = `Enter a recovery action: this action will be ${assessment.rag === 'red' ? 'red' : 'amber'}, so the board needs to know how it will get back on track`;
  }
  if (assessment.optimistic && !fields.ownerRagReason.trim()) {
    errors.ownerRagReason = `Explain your RAG view: it is greener than the ${assessment.derivedRag ?? ''} worked out from the dates and milestones`;
  }
  return errors;
}

type TCarried = Pick<
  TActionDetail,
  'progressPercent' | 'status' | 'ownerRag' | 'ownerRagReason'
> & {
  /** Newest first, as the action's page lists them. */
  updates: readonly Pick<
    TActionDetail['updates'][number],
    'progressPercent' | 'risks' | 'nextSteps'
  >[];
};

/**
 * A new quarter's form starts from the last update: progress, risks and next steps carry over for
 * the owner to edit; the narrative is this quarter's own. The view keeps its reason only while it
 * is the view that reason was given for (see `chooseOwnerRag`).
 */
export function initialFields(action: TCarried): TUpdateFields {
  const last = action.updates[0];
  return {
    narrative: '',
    progressPercent: String(last?.progressPercent ?? action.progressPercent),
    status: action.status === 'cancelled' ? 'in_progress' : action.status,
    ownerRag: action.ownerRag && action.ownerRag !== 'grey' ? action.ownerRag : '',
    ownerRagReason: action.ownerRagReason ?? '',
    risks: last?.risks ?? '',
    nextSteps: last?.nextSteps ?? '',
    recoveryAction: '',
  };
}

/**
 * The fields after the owner picks a view. A reason carried over belongs to the view it was given
 * for: changing the view empties it (and picking that view again brings it back); a reason the
 * owner typed themselves stays.
 */
export function chooseOwnerRag(
  fields: TUpdateFields,
  ownerRag: TUpdateFields['ownerRag'],
  carried: Pick<TUpdateFields, 'ownerRag' | 'ownerRagReason'>,
): TUpdateFields {
  const reason = fields.ownerRagReason;
  const untouched = reason === '' || reason === carried.ownerRagReason;
  if (!untouched) return { ...fields, ownerRag };
  return {
    ...fields,
    ownerRag,
    ownerRagReason: ownerRag === carried.ownerRag ? carried.ownerRagReason : '',
  };
}
