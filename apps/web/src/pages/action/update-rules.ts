import {
  checkActionUpdate,
  REASON_LABELS,
  RAG_LABELS,
  type TActionBeforeUpdate,
  type TActionUpdateCheck,
} from '@belonging/domain';
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
  /** Kept inside the trust: never on the public progress page. Absent in a draft saved before it. */
  narrativeInternal?: boolean;
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

export type TActionDates = TActionBeforeUpdate;

/**
 * The update rule the server applies (`checkActionUpdate`), run on the form's answers: the form can
 * then say, before submitting, the colour the action will have and why a recovery action or a
 * reason is needed.
 */
export function checkFields(
  action: TActionDates,
  fields: TUpdateFields,
  now = new Date(),
): TActionUpdateCheck {
  return checkActionUpdate(
    action,
    {
      status: fields.status,
      ownerRag: fields.ownerRag || null,
      ownerRagReason: fields.ownerRagReason,
      recoveryAction: fields.recoveryAction,
    },
    now,
  );
}

/** Why the recovery action is required, in words, or null when it is optional. */
export function recoveryReason({
  assessment,
  needsRecoveryAction,
}: TActionUpdateCheck): string | null {
  if (!needsRecoveryAction || !assessment.rag) return null;
  return `Required: with this update the action is ${RAG_LABELS[assessment.rag]} (${REASON_LABELS[assessment.reason].toLowerCase()}), so the board needs to know how it will get back on track.`;
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
    narrativeInternal: false,
  };
}

/** The form's answers as the update the API takes, before `ZActionUpdateInput` checks them. */
export function updateInput(actionId: string, expectedVersion: number, fields: TUpdateFields) {
  return {
    actionId,
    expectedVersion,
    narrative: fields.narrative,
    progressPercent:
      fields.progressPercent.trim() === '' ? undefined : Number(fields.progressPercent),
    status: fields.status,
    ownerRag: fields.ownerRag || null,
    ownerRagReason: fields.ownerRagReason,
    risks: fields.risks,
    nextSteps: fields.nextSteps,
    recoveryAction: fields.recoveryAction,
    narrativeInternal: fields.narrativeInternal === true,
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
