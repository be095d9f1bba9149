import type { DbClient } from '../../client.ts';

// The live rows of a trust that the administration procedures check an id against.

const live = { archivedAt: null };
type Scope = { organisationId: string; id: string };

export function findLiveAmbition(db: DbClient, { organisationId, id }: Scope) {
  return db.ambition.findFirst({
    where: { id, organisationId, ...live },
    select: { id: true, strategyId: true },
  });
}

/** A live commitment under a live ambition. */
export function findLiveCommitment(db: DbClient, { organisationId, id }: Scope) {
  return db.commitment.findFirst({
    where: { id, organisationId, ...live, ambition: live },
    select: { id: true, code: true, ambitionId: true, ambition: { select: { strategyId: true } } },
  });
}

/** A live action, with what an edit is checked against. */
export function findLiveAction(db: DbClient, { organisationId, id }: Scope) {
  return db.action.findFirst({
    where: { id, organisationId, ...live },
    select: {
      id: true,
      code: true,
      commitmentId: true,
      version: true,
      status: true,
      completedAt: true,
      startDate: true,
      dueDate: true,
    },
  });
}

export function findLiveMilestone(db: DbClient, { organisationId, id }: Scope) {
  return db.milestone.findFirst({
    where: { id, organisationId, ...live },
    select: { id: true, actionId: true, title: true, dueDate: true },
  });
}

/** How many of these ids are live KPIs of the trust. */
export function countLiveKpis(
  db: DbClient,
  { organisationId, ids }: { organisationId: string; ids: readonly string[] },
) {
  return db.kpi.count({ where: { id: { in: [...ids] }, organisationId, ...live } });
}
