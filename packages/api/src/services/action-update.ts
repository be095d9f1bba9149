import { findReportingPeriods, recordAudit, type Db } from '@belonging/db';
import {
  checkActionUpdate,
  londonDay,
  updatePeriod,
  type TActionUpdateInput,
} from '@belonging/domain';
import type { SessionUser } from '@belonging/db';
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
  const action = await db.action.findFirst({
    where: { id: input.actionId, organisationId: actor.organisationId, archivedAt: null },
    select: {
      id: true,
      ownerId: true,
      status: true,
      startDate: true,
      dueDate: true,
      completedAt: true,
      progressPercent: true,
      ownerRag: true,
      ownerRagReason: true,
      version: true,
      milestones: {
        where: { archivedAt: null },
        select: { dueDate: true, completedAt: true, atRisk: true },
      },
    },
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

  return db.$transaction(async (tx) => {
    const moved = await tx.action.updateMany({
      where: { id: action.id, version: input.expectedVersion },
      data: {
        status,
        completedAt,
        progressPercent: input.progressPercent,
        ownerRag,
        ownerRagReason: input.ownerRagReason ?? null,
        version: { increment: 1 },
      },
    });
    if (moved.count === 0) throw await conflict(tx, action.id);
    const update = await tx.progressUpdate.create({
      data: {
        organisationId: actor.organisationId,
        actionId: action.id,
        periodId: period?.id ?? null,
        authorId: actor.userId,
        createdAt: now,
        narrative: input.narrative,
        progressPercent: input.progressPercent,
        status,
        ownerRag,
        ownerRagReason: input.ownerRagReason ?? null,
        effectiveRag: effective,
        risks: input.risks ?? null,
        nextSteps: input.nextSteps ?? null,
        recoveryAction: input.recoveryAction ?? null,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorId: actor.userId,
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
      },
    });
    return {
      version: action.version + 1,
      updateId: update.id,
      rag: effective,
      optimistic: assessed.optimistic,
    };
  });
}

async function conflict(db: Pick<Db, 'action'>, actionId: string): Promise<ApiError> {
  const current = await db.action.findUniqueOrThrow({
    where: { id: actionId },
    select: {
      version: true,
      updates: {
        orderBy: { createdAt: 'desc' },
        take: 1,
        select: {
          narrative: true,
          progressPercent: true,
          status: true,
          ownerRag: true,
          ownerRagReason: true,
          risks: true,
          nextSteps: true,
          recoveryAction: true,
          createdAt: true,
          author: { select: { name: true } },
        },
      },
    },
  });
  return new ApiError(
    'CONFLICT',
    'Someone saved an update to this action after you opened it. Your text is kept: review their update, then submit again.',
    undefined,
    { currentVersion: current.version, latestUpdate: current.updates[0] ?? null },
  );
}
