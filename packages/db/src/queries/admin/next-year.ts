import type { DbClient } from '../../client.ts';
import { createReportingPeriod, type NewReportingPeriod } from './periods.ts';

const live = { archivedAt: null };

/**
 * What planning a strategy's next year reads: the strategy's years, its live periods' dates, and
 * every period label the trust has used (archived ones too: a label is the trust's for good).
 */
export async function findYearPlanningData(
  db: DbClient,
  { organisationId, strategyId }: { organisationId: string; strategyId: string },
) {
  const [strategy, periods, labels] = await Promise.all([
    db.strategy.findFirstOrThrow({
      where: { id: strategyId, organisationId },
      select: { startYear: true, endYear: true },
    }),
    db.reportingPeriod.findMany({
      where: { organisationId, strategyId, ...live },
      select: { endDate: true, windowOpens: true, windowCloses: true, boardDate: true },
    }),
    db.reportingPeriod.findMany({ where: { organisationId }, select: { label: true } }),
  ]);
  return { strategy, periods, takenLabels: labels.map((l) => l.label) };
}

/**
 * The strategy's rows that continue into a new year: live actions under live commitments and
 * ambitions with their owners, their open milestones, and live KPIs with trajectory points.
 */
export async function findCarryForwardRows(
  db: DbClient,
  { organisationId, strategyId }: { organisationId: string; strategyId: string },
) {
  const liveAction = {
    organisationId,
    ...live,
    commitment: { ...live, ambition: { ...live, strategyId } },
  };
  const [actions, milestones, kpis] = await Promise.all([
    db.action.findMany({
      where: { ...liveAction, status: { in: ['not_started', 'in_progress'] } },
      select: {
        code: true,
        title: true,
        dueDate: true,
        status: true,
        owner: { select: { name: true } },
      },
    }),
    db.milestone.findMany({
      where: {
        organisationId,
        ...live,
        completedAt: null,
        action: { ...liveAction, status: { in: ['not_started', 'in_progress'] } },
      },
      select: {
        title: true,
        dueDate: true,
        completedAt: true,
        action: { select: { code: true, title: true } },
      },
    }),
    db.kpi.findMany({
      where: { organisationId, strategyId, ...live },
      select: {
        code: true,
        title: true,
        direction: true,
        targetValue: true,
        targetDate: true,
        trajectory: { select: { date: true, value: true } },
      },
    }),
  ]);
  return {
    actions: actions.map(({ owner, ...a }) => ({ ...a, ownerName: owner.name })),
    milestones: milestones.map(({ action, ...m }) => ({
      ...m,
      actionCode: action.code,
      actionTitle: action.title,
    })),
    kpis,
  };
}

/** Creates a strategy's periods in order; call it inside the transaction that audits them. */
export async function createReportingPeriods(
  db: DbClient,
  scope: { organisationId: string; strategyId: string },
  periods: readonly NewReportingPeriod[],
) {
  const created = [];
  for (const p of periods) created.push(await createReportingPeriod(db, scope, p));
  return created;
}
