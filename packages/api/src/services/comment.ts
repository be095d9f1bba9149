import {
  findComments,
  isLiveAction,
  recordAudit,
  type Db,
  type DbClient,
  type SessionUser,
} from '@belonging/db';
import type { TCommentInput } from '@belonging/domain';
import { ApiError } from '../errors.ts';

async function requireAction(
  db: DbClient,
  organisationId: string,
  actionId: string,
): Promise<void> {
  if (!(await isLiveAction(db, { organisationId, id: actionId }))) {
    throw new ApiError('NOT_FOUND', 'That action does not exist in your trust.');
  }
}

export async function listComments(db: DbClient, actor: SessionUser, actionId: string) {
  await requireAction(db, actor.organisationId, actionId);
  return findComments(db, { organisationId: actor.organisationId, actionId });
}

/** Adds a comment to an action of the caller's trust, with its audit event. */
export async function addComment(db: Db, actor: SessionUser, input: TCommentInput, now: Date) {
  await requireAction(db, actor.organisationId, input.actionId);
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: {
        organisationId: actor.organisationId,
        actionId: input.actionId,
        authorId: actor.userId,
        body: input.body,
        createdAt: now,
      },
      select: {
        id: true,
        body: true,
        createdAt: true,
        author: { select: { id: true, name: true } },
      },
    });
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorId: actor.userId,
      entity: 'comment',
      entityId: comment.id,
      operation: 'create',
      after: { actionId: input.actionId, body: input.body },
    });
    return comment;
  });
}
