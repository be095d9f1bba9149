import type { DbClient } from '../client.ts';
import type { ProgressUpdateModel } from '../generated/sqlite/models.ts';

/** A live action of the trust with what the update rule reads of it; null when it is not one. */
export async function findActionForUpdate(
  db: DbClient,
  { organisationId, id }: { organisationId: string; id: string },
) {
  return db.action.findFirst({
    where: { id, organisationId, archivedAt: null },
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
}

/** An action's current version and latest update, shown to an owner whose save came too late. */
export async function findActionUpdateConflict(db: DbClient, actionId: string) {
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
  return { currentVersion: current.version, latestUpdate: current.updates[0] ?? null };
}

/** An owner's update as stored, with the completion date it gives the action. */
export type ActionUpdateRow = Omit<ProgressUpdateModel, 'id'> & { completedAt: Date | null };

/**
 * Moves the action to its next version with the update's state and appends the update; answers
 * the update's id, or null (writing nothing) when the action is no longer at `expectedVersion`.
 * Call it inside the transaction that audits the change.
 */
export async function appendActionUpdate(
  db: DbClient,
  { expectedVersion, completedAt, ...update }: ActionUpdateRow & { expectedVersion: number },
): Promise<{ id: string } | null> {
  const moved = await db.action.updateMany({
    where: { id: update.actionId, version: expectedVersion },
    data: {
      status: update.status,
      completedAt,
      progressPercent: update.progressPercent,
      ownerRag: update.ownerRag,
      ownerRagReason: update.ownerRagReason,
      version: { increment: 1 },
    },
  });
  if (moved.count === 0) return null;
  return db.progressUpdate.create({ data: update, select: { id: true } });
}
