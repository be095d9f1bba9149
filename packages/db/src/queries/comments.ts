import type { DbClient } from '../client.ts';

/** What a comment shows: a withdrawn comment keeps its row (for the audit trail) but not its words. */
export const commentSelect = {
  id: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  author: { select: { id: true, name: true } },
} as const;

type CommentRow = {
  id: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  author: { id: string; name: string };
};

/** A comment as it leaves the API: the text of a withdrawn one is never sent. */
export function presentComment(row: CommentRow): CommentRow {
  return row.deletedAt ? { ...row, body: '' } : row;
}

/** An action's comments, oldest first (a conversation reads top to bottom). */
export async function findComments(
  db: DbClient,
  { organisationId, actionId }: { organisationId: string; actionId: string },
) {
  const rows = await db.comment.findMany({
    where: { organisationId, actionId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: commentSelect,
  });
  return rows.map(presentComment);
}

/** One comment of the trust on a live action, with what changing it must check and audit. */
export async function findCommentForChange(
  db: DbClient,
  { organisationId, id }: { organisationId: string; id: string },
) {
  return db.comment.findFirst({
    where: { id, organisationId, action: { archivedAt: null } },
    select: { id: true, actionId: true, authorId: true, body: true, deletedAt: true },
  });
}

export async function createComment(
  db: DbClient,
  data: { organisationId: string; actionId: string; authorId: string; body: string; now: Date },
) {
  const { now, ...fields } = data;
  const row = await db.comment.create({
    data: { ...fields, createdAt: now },
    select: commentSelect,
  });
  return presentComment(row);
}

export async function updateCommentBody(
  db: DbClient,
  { id, body, now }: { id: string; body: string; now: Date },
) {
  return presentComment(
    await db.comment.update({
      where: { id },
      data: { body, editedAt: now },
      select: commentSelect,
    }),
  );
}

/** Withdraws a comment: the row and its text stay (the audit keeps them); the API stops showing it. */
export async function markCommentDeleted(db: DbClient, { id, now }: { id: string; now: Date }) {
  return presentComment(
    await db.comment.update({ where: { id }, data: { deletedAt: now }, select: commentSelect }),
  );
}

/** Whether a live action with this id belongs to the trust. */
export async function isLiveAction(
  db: DbClient,
  { organisationId, id }: { organisationId: string; id: string },
) {
  const found = await db.action.findFirst({
    where: { id, organisationId, archivedAt: null },
    select: { id: true },
  });
  return found !== null;
}
