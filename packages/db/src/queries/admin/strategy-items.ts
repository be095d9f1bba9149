import type { DbClient } from '../../client.ts';

// Reads and writes behind restoring archived strategy items and keeping sibling codes unique.

const archived = { archivedAt: { not: null } };
const live = { archivedAt: null };
type Scope = { organisationId: string; id: string };

export function findArchivedAmbition(db: DbClient, { organisationId, id }: Scope) {
  return db.ambition.findFirst({
    where: { id, organisationId, ...archived },
    select: {
      id: true,
      number: true,
      title: true,
      strategyId: true,
      sortOrder: true,
      archivedAt: true,
    },
  });
}

export function findArchivedCommitment(db: DbClient, { organisationId, id }: Scope) {
  return db.commitment.findFirst({
    where: { id, organisationId, ...archived },
    select: {
      id: true,
      code: true,
      title: true,
      ambitionId: true,
      sortOrder: true,
      archivedAt: true,
      ambition: { select: { number: true, title: true, archivedAt: true } },
    },
  });
}

export function findArchivedAction(db: DbClient, { organisationId, id }: Scope) {
  return db.action.findFirst({
    where: { id, organisationId, ...archived },
    select: {
      id: true,
      code: true,
      title: true,
      commitmentId: true,
      sortOrder: true,
      archivedAt: true,
      version: true,
      commitment: { select: { code: true, title: true, archivedAt: true } },
    },
  });
}

export function findArchivedMilestone(db: DbClient, { organisationId, id }: Scope) {
  return db.milestone.findFirst({
    where: { id, organisationId, ...archived },
    select: {
      id: true,
      title: true,
      actionId: true,
      sortOrder: true,
      archivedAt: true,
      action: { select: { code: true, title: true, archivedAt: true } },
    },
  });
}

export function findArchivedKpi(db: DbClient, { organisationId, id }: Scope) {
  return db.kpi.findFirst({
    where: { id, organisationId, ...archived },
    select: {
      id: true,
      code: true,
      title: true,
      version: true,
      sortOrder: true,
      archivedAt: true,
      ambition: { select: { number: true, title: true, archivedAt: true } },
      commitment: { select: { code: true, title: true, archivedAt: true } },
    },
  });
}

/** The live ambition of the strategy holding this number (bar one being saved), if any. */
export function findLiveAmbitionByNumber(
  db: DbClient,
  input: { strategyId: string; number: number; exceptId?: string },
) {
  return db.ambition.findFirst({
    where: {
      strategyId: input.strategyId,
      number: input.number,
      ...live,
      ...(input.exceptId ? { id: { not: input.exceptId } } : {}),
    },
    select: { id: true, number: true, title: true },
  });
}

/** The codes of an ambition's live commitments (bar one being saved), and the ambition's number. */
export async function findCommitmentSiblings(
  db: DbClient,
  input: { organisationId: string; ambitionId: string; exceptId?: string },
) {
  const ambition = await db.ambition.findFirst({
    where: { id: input.ambitionId, organisationId: input.organisationId },
    select: {
      number: true,
      commitments: {
        where: { ...live, ...(input.exceptId ? { id: { not: input.exceptId } } : {}) },
        select: { code: true },
      },
    },
  });
  return ambition
    ? { parent: `Ambition ${ambition.number}`, siblings: ambition.commitments }
    : null;
}

/** The codes of a commitment's live actions (bar one being saved), and the commitment's code. */
export async function findActionSiblings(
  db: DbClient,
  input: { organisationId: string; commitmentId: string; exceptId?: string },
) {
  const commitment = await db.commitment.findFirst({
    where: { id: input.commitmentId, organisationId: input.organisationId },
    select: {
      code: true,
      actions: {
        where: { ...live, ...(input.exceptId ? { id: { not: input.exceptId } } : {}) },
        select: { code: true },
      },
    },
  });
  return commitment
    ? { parent: `Commitment ${commitment.code}`, siblings: commitment.actions }
    : null;
}

/** What a milestone of this action is checked against: its due date, its strategy, its siblings. */
export async function findMilestoneLimits(
  db: DbClient,
  input: { organisationId: string; actionId: string; exceptId?: string },
) {
  return db.action.findFirst({
    where: { id: input.actionId, organisationId: input.organisationId },
    select: {
      dueDate: true,
      commitment: {
        select: {
          ambition: { select: { strategy: { select: { startYear: true, endYear: true } } } },
        },
      },
      milestones: {
        where: { ...live, ...(input.exceptId ? { id: { not: input.exceptId } } : {}) },
        select: { title: true, dueDate: true },
      },
    },
  });
}

export type RestorableEntity = 'ambition' | 'commitment' | 'action' | 'milestone' | 'kpi';

/**
 * Puts an archived row back: it keeps its parent and sort order, so it returns to its old place.
 * Actions and KPIs carry a version, which moves on so an editor opened before sees the change.
 */
export async function restoreArchivedRow(db: DbClient, entity: RestorableEntity, id: string) {
  const where = { id, ...archived };
  const data = { archivedAt: null };
  const versioned = { ...data, version: { increment: 1 } };
  const moved =
    entity === 'ambition'
      ? await db.ambition.updateMany({ where, data })
      : entity === 'commitment'
        ? await db.commitment.updateMany({ where, data })
        : entity === 'action'
          ? await db.action.updateMany({ where, data: versioned })
          : entity === 'milestone'
            ? await db.milestone.updateMany({ where, data })
            : await db.kpi.updateMany({ where, data: versioned });
  return moved.count === 1;
}
