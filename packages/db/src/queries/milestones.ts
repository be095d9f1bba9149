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

/** What a milestone's owner sees of it after a change. */
const milestoneStateSelect = {
  id: true,
  completedAt: true,
  atRisk: true,
  evidenceUrl: true,
} as const;

/** Marks a milestone complete on a day, clearing its at-risk flag; answers its new state. */
export async function recordMilestoneCompletion(
  db: DbClient,
  input: { id: string; completedAt: Date; evidenceUrl: string | null },
) {
  return db.milestone.update({
    where: { id: input.id },
    data: { completedAt: input.completedAt, atRisk: false, evidenceUrl: input.evidenceUrl },
    select: milestoneStateSelect,
  });
}

/** Flags a milestone at risk, or clears the flag; answers its new state. */
export async function flagMilestoneAtRisk(db: DbClient, input: { id: string; atRisk: boolean }) {
  return db.milestone.update({
    where: { id: input.id },
    data: { atRisk: input.atRisk },
    select: milestoneStateSelect,
  });
}
