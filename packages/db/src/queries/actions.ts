import type { DbClient } from '../client.ts';
import type { Prisma } from '../generated/sqlite/client.ts';
import { periodSelect } from '../reports/load-strategy.ts';
import { actionStateSelect, milestoneSelect } from './action-select.ts';
import { commentSelect } from './comments.ts';

const live = { archivedAt: null };

const actionHeadSelect = {
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
} satisfies Prisma.ActionSelect;

const milestoneOrder = [
  { sortOrder: 'asc' },
  { dueDate: 'asc' },
] satisfies Prisma.MilestoneOrderByWithRelationInput[];

export const actionSummarySelect = {
  ...actionHeadSelect,
  milestones: { where: live, orderBy: milestoneOrder, select: milestoneSelect },
} satisfies Prisma.ActionSelect;

/**
 * An executive owner's live actions with their milestones and latest update time. Milestones and
 * latest updates are read in queries filtered by owner, not by a list of action ids, so an owner
 * with more actions than the database takes query parameters is still read.
 */
export async function findActionsForOwner(
  db: DbClient,
  { organisationId, ownerId }: { organisationId: string; ownerId: string },
) {
  const where = { organisationId, ownerId, ...live, commitment: { ...live, ambition: live } };
  const [actions, milestones, latest] = await Promise.all([
    db.action.findMany({
      where,
      orderBy: [{ dueDate: 'asc' }, { code: 'asc' }],
      select: actionHeadSelect,
    }),
    db.milestone.findMany({
      where: { ...live, action: where },
      orderBy: milestoneOrder,
      select: { ...milestoneSelect, actionId: true },
    }),
    db.progressUpdate.groupBy({
      by: ['actionId'],
      where: { action: where },
      _max: { createdAt: true },
    }),
  ]);
  const milestonesOf = new Map<string, typeof milestones>();
  for (const m of milestones) {
    const list = milestonesOf.get(m.actionId);
    if (list) list.push(m);
    else milestonesOf.set(m.actionId, [m]);
  }
  const lastUpdateAt = new Map(latest.map((u) => [u.actionId, u._max.createdAt]));
  return actions.map((action) => {
    const createdAt = lastUpdateAt.get(action.id);
    return {
      ...action,
      milestones: (milestonesOf.get(action.id) ?? []).map(({ actionId: _, ...m }) => m),
      updates: createdAt ? [{ createdAt }] : [],
    };
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
          isInternal: true,
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
