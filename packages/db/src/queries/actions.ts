import type { DbClient } from '../client.ts';
import type { Prisma } from '../generated/sqlite/client.ts';
import { periodSelect } from '../reports/load-strategy.ts';
import { actionStateSelect } from './action-select.ts';
import { commentSelect } from './comments.ts';

const live = { archivedAt: null };

export const actionSummarySelect = {
  ...actionStateSelect,
  commitment: {
    select: {
      id: true,
      code: true,
      title: true,
      ambition: { select: { id: true, number: true, title: true } },
    },
  },
  owner: { select: { id: true, name: true } },
  milestones: {
    where: live,
    orderBy: [{ sortOrder: 'asc' }, { dueDate: 'asc' }],
    select: {
      id: true,
      title: true,
      dueDate: true,
      completedAt: true,
      atRisk: true,
      evidenceUrl: true,
    },
  },
} satisfies Prisma.ActionSelect;

/** An executive owner's live actions with their milestones and latest update time. */
export async function findActionsForOwner(
  db: DbClient,
  { organisationId, ownerId }: { organisationId: string; ownerId: string },
) {
  return db.action.findMany({
    where: { organisationId, ownerId, ...live, commitment: { ...live, ambition: live } },
    orderBy: [{ dueDate: 'asc' }, { code: 'asc' }],
    select: {
      ...actionSummarySelect,
      updates: { orderBy: { createdAt: 'desc' }, take: 1, select: { createdAt: true } },
    },
  });
}

/** One action of the trust with everything its page shows. */
export async function findActionDetail(
  db: DbClient,
  { organisationId, id }: { organisationId: string; id: string },
) {
  return db.action.findFirst({
    where: { id, organisationId, ...live },
    select: {
      ...actionSummarySelect,
      description: true,
      deliveryLead: true,
      bafRiskRef: true,
      updates: {
        orderBy: { createdAt: 'desc' },
        select: {
          id: true,
          createdAt: true,
          narrative: true,
          progressPercent: true,
          status: true,
          ownerRag: true,
          ownerRagReason: true,
          effectiveRag: true,
          risks: true,
          nextSteps: true,
          recoveryAction: true,
          author: { select: { id: true, name: true } },
          period: { select: { id: true, label: true } },
        },
      },
      comments: { orderBy: { createdAt: 'asc' }, select: commentSelect },
      kpis: {
        where: { kpi: live },
        select: { kpi: { select: { id: true, code: true, title: true, unit: true } } },
      },
      tags: { select: { tag: { select: { framework: true, code: true, title: true } } } },
    },
  });
}

export async function findReportingPeriods(
  db: DbClient,
  { organisationId }: { organisationId: string },
) {
  const periods = await db.reportingPeriod.findMany({
    where: { organisationId, ...live },
    orderBy: { endDate: 'asc' },
    select: periodSelect,
  });
  // Locking sets lockedAt in the same transaction that freezes the board snapshot.
  return periods.map((p) => ({ ...p, isLocked: p.lockedAt !== null }));
}
