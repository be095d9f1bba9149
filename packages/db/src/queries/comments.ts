import type { DbClient } from '../client.ts';

/** An action's comments, oldest first (a conversation reads top to bottom). */
export async function findComments(
  db: DbClient,
  { organisationId, actionId }: { organisationId: string; actionId: string },
) {
  return db.comment.findMany({
    where: { organisationId, actionId },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
  });
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
