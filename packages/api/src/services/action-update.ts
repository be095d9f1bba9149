import {
  appendActionUpdate,
  findActionForUpdate,
  findActionUpdateConflict,
  findReportingPeriods,
  writeWithAudit,
  type Db,
  type DbClient,
  type SessionUser,
} from '@belonging/db';
import {
  checkActionUpdate,
  londonDay,
  updatePeriod,
  type TActionUpdateInput,
} from '@belonging/domain';
import { ApiError } from '../errors.ts';

/**
 * Applies an owner's update: checks ownership and the domain's update rule (`checkActionUpdate`), then
 * moves the action to its next version and appends the update, in one transaction with its
 * audit event. A stale expectedVersion changes nothing and answers CONFLICT with the current state.
 */
export async function submitActionUpdate(
  db: Db,
  actor: SessionUser,
  input: TActionUpdateInput,
  now: Date,
) {
  const action = await findActionForUpdate(db, {
    organisationId: actor.organisationId,
    id: input.actionId,
  });
  if (!action) throw new ApiError('NOT_FOUND', 'That action does not exist in your trust.');
  if (action.ownerId !== actor.userId) {
    throw new ApiError('FORBIDDEN', 'Only the executive owner of this action can update it.');
  }
  if (action.version !== input.expectedVersion) throw await conflict(db, action.id);

  const status = input.status ?? action.status;
  const ownerRag = input.ownerRag ?? null;
  const checked = checkActionUpdate(action, { ...input, status, ownerRag }, now);
  const { completedAt, assessment: assessed } = checked;
  const effective = assessed.rag;
  if (Object.keys(checked.fieldErrors).length) {
    const fieldErrors = Object.fromEntries(
      Object.entries(checked.fieldErrors).map(([field, message]) => [field, [message]]),
    );
    throw new ApiError('BAD_REQUEST', 'Check the update: some answers are missing.', fieldErrors);
  }

  const periods = await findReportingPeriods(db, { organisationId: actor.organisationId });
  const period = updatePeriod(periods, londonDay(now));

  return writeWithAudit(db, actor, async (tx) => {
    const update = await appendActionUpdate(tx, {
      expectedVersion: input.expectedVersion,
      organisationId: actor.organisationId,
      actionId: action.id,
      periodId: period?.id ?? null,
      authorId: actor.userId,
      createdAt: now,
      narrative: input.narrative,
      progressPercent: input.progressPercent,
      status,
      completedAt,
      ownerRag,
      ownerRagReason: input.ownerRagReason ?? null,
      effectiveRag: effective,
      risks: input.risks ?? null,
      nextSteps: input.nextSteps ?? null,
      recoveryAction: input.recoveryAction ?? null,
      isInternal: input.narrativeInternal,
    });
    if (!update) throw await conflict(tx, action.id);
    return {
      result: {
        version: action.version + 1,
        updateId: update.id,
        rag: effective,
        optimistic: assessed.optimistic,
      },
      audit: {
        entity: 'action',
        entityId: action.id,
        operation: 'submit_update',
        before: {
          status: action.status,
          progressPercent: action.progressPercent,
          ownerRag: action.ownerRag,
          version: action.version,
        },
        after: {
          status,
          progressPercent: input.progressPercent,
          ownerRag,
          version: action.version + 1,
          updateId: update.id,
          narrativeInternal: input.narrativeInternal,
        },
      },
    };
  });
}

async function conflict(db: DbClient, actionId: string): Promise<ApiError> {
  return new ApiError(
    'CONFLICT',
    'Someone saved an update to this action after you opened it. Your text is kept: review their update, then submit again.',
    undefined,
    await findActionUpdateConflict(db, actionId),
  );
}
