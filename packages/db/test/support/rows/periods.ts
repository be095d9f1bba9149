import type { DbClient } from '../../../src/client.ts';

// Readers for reporting periods, the board's frozen snapshots and board papers, that the API
// tests use to pick a period and to check what locking or saving wrote.

/** The trust's latest locked period; with `isLive`, the latest that is not archived either. */
export function findLatestLockedPeriod(
  db: DbClient,
  organisationId: string,
  { isLive = false }: { isLive?: boolean } = {},
) {
  return db.reportingPeriod.findFirstOrThrow({
    where: { organisationId, lockedAt: { not: null }, ...(isLive ? { archivedAt: null } : {}) },
    orderBy: { endDate: 'desc' },
    select: { id: true, label: true, endDate: true, lockedAt: true },
  });
}

export function findPeriodByLabel(db: DbClient, organisationId: string, label: string) {
  return db.reportingPeriod.findFirstOrThrow({
    where: { organisationId, label },
    select: { id: true },
  });
}

export function readPeriod(db: DbClient, id: string) {
  return db.reportingPeriod.findUniqueOrThrow({ where: { id }, select: { lockedAt: true } });
}

/** Every period of the trust with when it was locked (null while open). */
export function readPeriodLocks(db: DbClient, organisationId: string) {
  return db.reportingPeriod.findMany({
    where: { organisationId },
    select: { id: true, lockedAt: true },
  });
}

export function countPeriods(db: DbClient, organisationId: string) {
  return db.reportingPeriod.count({ where: { organisationId } });
}

/** The board report as it was frozen when the period was locked. */
export function readBoardSnapshot(db: DbClient, periodId: string) {
  return db.boardSnapshot.findUniqueOrThrow({ where: { periodId }, select: { payload: true } });
}

/** One frozen board report of the trust, with its period. */
export function findAnyBoardSnapshot(db: DbClient, organisationId: string) {
  return db.boardSnapshot.findFirstOrThrow({
    where: { organisationId },
    select: { periodId: true, payload: true },
  });
}

export function countBoardSnapshots(db: DbClient, periodIds: string[]) {
  return db.boardSnapshot.count({ where: { periodId: { in: periodIds } } });
}

export function countBoardPapers(db: DbClient, periodIds: string[]) {
  return db.boardPaper.count({ where: { periodId: { in: periodIds } } });
}
