import type { DbClient } from '../client.ts';

const live = { archivedAt: null };

/** A live milestone of the trust, with the owner of its (live) action, for ownership checks. */
export async function findMilestoneWithOwner(
  db: DbClient,
  { organisationId, id }: { organisationId: string; id: string },
) {
  return db.milestone.findFirst({
    where: { id, organisationId, ...live, action: live },
    select: {
      id: true,
      actionId: true,
      title: true,
      dueDate: true,
      completedAt: true,
      atRisk: true,
      evidenceUrl: true,
      action: { select: { ownerId: true } },
    },
  });
}
