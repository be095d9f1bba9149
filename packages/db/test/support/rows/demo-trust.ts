import { DAY_MS } from '@belonging/domain';
import type { DbClient } from '../../../src/client.ts';
import { day } from '../../../src/dates.ts';

// Rows of a seeded trust that the API tests pick to act on, chosen by owner or code so the tests
// read plainly. Each selects what those tests use.

const live = { archivedAt: null };

/** The trust's live strategy. */
export function readLiveStrategy(db: DbClient, organisationId: string) {
  return db.strategy.findFirstOrThrow({
    where: { organisationId, ...live },
    select: { id: true },
  });
}

/** The first live commitment under a live ambition, in the admin tree's order. */
export function readFirstLiveCommitment(db: DbClient, organisationId: string) {
  return db.commitment.findFirstOrThrow({
    where: { organisationId, ...live, ambition: live },
    orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
    select: { id: true, ambitionId: true },
  });
}

/** The first live action this person owns, by code: in progress or complete, else any not cancelled. */
export function readActionOwnedBy(
  db: DbClient,
  where: { organisationId: string; email: string; status?: 'in_progress' | 'complete' },
) {
  return db.action.findFirstOrThrow({
    where: {
      organisationId: where.organisationId,
      owner: { email: where.email },
      ...live,
      status: where.status ?? { not: 'cancelled' },
    },
    orderBy: { code: 'asc' },
    select: { id: true, code: true, version: true, status: true },
  });
}

/** The first live milestone of a live action this person owns. */
export function readMilestoneOwnedBy(
  db: DbClient,
  { organisationId, email }: { organisationId: string; email: string },
) {
  return db.milestone.findFirstOrThrow({
    where: { organisationId, ...live, action: { owner: { email }, ...live } },
    orderBy: [{ actionId: 'asc' }, { sortOrder: 'asc' }],
    select: { id: true, actionId: true, completedAt: true, atRisk: true },
  });
}

/** A live milestone not yet completed, of a live action this person owns. */
export function readOpenMilestoneOwnedBy(
  db: DbClient,
  { organisationId, email }: { organisationId: string; email: string },
) {
  return db.milestone.findFirstOrThrow({
    where: { organisationId, ...live, completedAt: null, action: { owner: { email }, ...live } },
    select: { id: true, atRisk: true },
  });
}

/** The first live KPI this person owns, by code. */
export function readKpiOwnedBy(
  db: DbClient,
  { organisationId, email }: { organisationId: string; email: string },
) {
  return db.kpi.findFirstOrThrow({
    where: { organisationId, owner: { email }, ...live },
    orderBy: { code: 'asc' },
    select: { id: true, code: true },
  });
}

/** A KPI of the trust by its code, archived or not. */
export function readKpiByCode(
  db: DbClient,
  { organisationId, code }: { organisationId: string; code: string },
) {
  return db.kpi.findFirstOrThrow({
    where: { organisationId, code },
    select: { id: true, code: true },
  });
}

/** The trust's latest period that is not locked. */
export function readLatestUnlockedPeriod(db: DbClient, organisationId: string) {
  return db.reportingPeriod.findFirstOrThrow({
    where: { organisationId, lockedAt: null },
    orderBy: { endDate: 'desc' },
    select: { id: true, label: true },
  });
}

/** A day ('YYYY-MM-DD') in the quarter after every period of the trust, so one made there never clashes. */
export async function readNextQuarterDate(db: DbClient, organisationId: string): Promise<string> {
  const last = await db.reportingPeriod.findFirst({
    where: { organisationId },
    orderBy: { endDate: 'desc' },
    select: { endDate: true },
  });
  const next = new Date((last?.endDate ?? day('2026-03-31')).getTime() + DAY_MS * 15);
  return next.toISOString().slice(0, 10);
}
