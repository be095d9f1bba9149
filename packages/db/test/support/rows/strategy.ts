import type { DbClient } from '../../../src/client.ts';

// Readers and small setters for the strategy tree (strategies, ambitions, commitments) that the
// API tests use to check what a procedure wrote. Each selects only what those tests assert.

const live = { archivedAt: null };
const bySortOrder = { sortOrder: 'asc' } as const;
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/** The trust's live ambitions' ids, in their order. */
export async function readLiveAmbitionIds(db: DbClient, organisationId: string) {
  return ids(
    await db.ambition.findMany({
      where: { organisationId, ...live },
      orderBy: bySortOrder,
      select: { id: true },
    }),
  );
}

/** An ambition's live commitments' ids, in their order. */
export async function readLiveCommitmentIds(db: DbClient, ambitionId: string) {
  return ids(
    await db.commitment.findMany({
      where: { ambitionId, ...live },
      orderBy: bySortOrder,
      select: { id: true },
    }),
  );
}

export function readAmbition(db: DbClient, id: string) {
  return db.ambition.findUniqueOrThrow({ where: { id }, select: { archivedAt: true } });
}

export function readCommitment(db: DbClient, id: string) {
  return db.commitment.findUniqueOrThrow({ where: { id }, select: { archivedAt: true } });
}

/** The id of one ambition of the trust, archived or not. */
export async function findAnyAmbitionId(db: DbClient, organisationId: string) {
  return (await db.ambition.findFirstOrThrow({ where: { organisationId }, select: { id: true } }))
    .id;
}

/** The highest number any ambition of the trust has had, archived ones included; 0 for none. */
export async function readHighestAmbitionNumber(db: DbClient, organisationId: string) {
  const highest = await db.ambition.findFirst({
    where: { organisationId },
    orderBy: { number: 'desc' },
    select: { number: true },
  });
  return highest?.number ?? 0;
}

export function countAmbitionsNumbered(db: DbClient, organisationId: string, number: number) {
  return db.ambition.count({ where: { organisationId, number } });
}

export function countStrategies(db: DbClient, organisationId: string) {
  return db.strategy.count({ where: { organisationId } });
}
