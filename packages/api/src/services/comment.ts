import {
  createComment,
  findCommentForChange,
  findComments,
  holdRow,
  isLiveAction,
  markCommentDeleted,
  updateCommentBody,
  writeWithAudit,
  type Db,
  type DbClient,
  type SessionUser,
} from '@belonging/db';
import {
  COMMENT_REFUSAL_MESSAGES,
  commentChangeRefusal,
  type TCommentDeleteInput,
  type TCommentEditInput,
  type TCommentInput,
} from '@belonging/domain';
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
  return writeWithAudit(db, actor, async (tx) => {
    const comment = await createComment(tx, {
      organisationId: actor.organisationId,
      actionId: input.actionId,
      authorId: actor.userId,
      body: input.body,
      now,
    });
    return {
      result: comment,
      audit: {
        entity: 'comment',
        entityId: comment.id,
        operation: 'create',
        after: { actionId: input.actionId, body: input.body },
      },
    };
  });
}

/**
 * The comment to change, refused unless it is the caller's own, read again once it is held in the
 * transaction: a racing edit or delete is seen, and each audits what the one before it left.
 */
async function ownComment(tx: DbClient, actor: SessionUser, commentId: string) {
  await checkedComment(tx, actor, commentId);
  await holdRow(tx, 'Comment', commentId);
  return checkedComment(tx, actor, commentId);
}

async function checkedComment(tx: DbClient, actor: SessionUser, commentId: string) {
  const comment = await findCommentForChange(tx, {
    organisationId: actor.organisationId,
    id: commentId,
  });
  if (!comment) throw new ApiError('NOT_FOUND', 'That comment does not exist in your trust.');
  const refusal = commentChangeRefusal(comment, actor.userId);
  if (refusal === 'not_author') throw new ApiError('FORBIDDEN', COMMENT_REFUSAL_MESSAGES[refusal]);
  if (refusal) throw new ApiError('CONFLICT', COMMENT_REFUSAL_MESSAGES[refusal]);
  return comment;
}

/** The author changes the words of their comment; the audit keeps both versions. */
export async function editComment(db: Db, actor: SessionUser, input: TCommentEditInput, now: Date) {
  return writeWithAudit(db, actor, async (tx) => {
    const before = await ownComment(tx, actor, input.commentId);
    const comment = await updateCommentBody(tx, { id: before.id, body: input.body, now });
    return {
      result: comment,
      audit: {
        entity: 'comment',
        entityId: comment.id,
        operation: 'update',
        before: { actionId: before.actionId, body: before.body },
        after: { actionId: before.actionId, body: input.body, editedAt: now.toISOString() },
      },
    };
  });
}

/** The author withdraws their comment: kept for the record, shown as deleted. */
export async function deleteComment(
  db: Db,
  actor: SessionUser,
  input: TCommentDeleteInput,
  now: Date,
) {
  return writeWithAudit(db, actor, async (tx) => {
    const before = await ownComment(tx, actor, input.commentId);
    const comment = await markCommentDeleted(tx, { id: before.id, now });
    return {
      result: comment,
      audit: {
        entity: 'comment',
        entityId: comment.id,
        operation: 'delete',
        before: { actionId: before.actionId, body: before.body, deletedAt: null },
        after: { actionId: before.actionId, deletedAt: now.toISOString() },
      },
    };
  });
}
