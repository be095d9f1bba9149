import type { ApiTestBed } from './index.ts';

/** Finders for rows of the demo trust that tests act on, chosen by owner so tests read plainly. */

export async function actionOwnedBy(
  bed: ApiTestBed,
  email: string,
  where: { status?: 'in_progress' | 'complete' } = {},
) {
  return bed.db.action.findFirstOrThrow({
    where: {
      organisationId: bed.organisationId,
      owner: { email },
      archivedAt: null,
      status: where.status ?? { not: 'cancelled' },
    },
    orderBy: { code: 'asc' },
    select: { id: true, code: true, version: true, status: true },
  });
}

export async function milestoneOwnedBy(bed: ApiTestBed, email: string) {
  return bed.db.milestone.findFirstOrThrow({
    where: {
      organisationId: bed.organisationId,
      archivedAt: null,
      action: { owner: { email }, archivedAt: null },
    },
    orderBy: [{ actionId: 'asc' }, { sortOrder: 'asc' }],
    select: { id: true, actionId: true, completedAt: true, atRisk: true },
  });
}

export async function kpiOwnedBy(bed: ApiTestBed, email: string) {
  return bed.db.kpi.findFirstOrThrow({
    where: { organisationId: bed.organisationId, owner: { email }, archivedAt: null },
    orderBy: { code: 'asc' },
    select: { id: true, code: true },
  });
}

/** A fresh live comment by this person on the first action of the chief people officer. */
export async function commentBy(bed: ApiTestBed, email: string) {
  const [action, author] = await Promise.all([
    actionOwnedBy(bed, 'chief.people@belonging.test'),
    bed.db.user.findFirstOrThrow({ where: { email }, select: { id: true } }),
  ]);
  return bed.db.comment.create({
    data: {
      organisationId: bed.organisationId,
      actionId: action.id,
      authorId: author.id,
      body: 'A comment written for a test.',
    },
    select: { id: true, actionId: true },
  });
}

export async function kpiByCode(bed: ApiTestBed, code: string) {
  return bed.db.kpi.findFirstOrThrow({
    where: { organisationId: bed.organisationId, code },
    select: { id: true, code: true },
  });
}

export async function anyPeriod(bed: ApiTestBed, locked: boolean) {
  return bed.db.reportingPeriod.findFirstOrThrow({
    where: { organisationId: bed.organisationId, lockedAt: locked ? { not: null } : null },
    orderBy: { endDate: 'desc' },
    select: { id: true, label: true },
  });
}

/** Today's calendar day as 'YYYY-MM-DD' (UTC midnight stands for a London day in storage). */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}
