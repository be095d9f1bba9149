import type { DbClient } from '../client.ts';
import type { Prisma } from '../generated/sqlite/client.ts';

const live = { archivedAt: null };

/**
 * Everything needed to assess a trust's strategy at a date, in a handful of flat queries
 * (one per table), which the caller joins in memory.
 */
export async function loadStrategyData(db: DbClient, organisationId: string, asOf: Date) {
  const strategy = await db.strategy.findFirst({
    where: { organisationId, ...live },
    orderBy: { createdAt: 'desc' },
    select: { id: true, title: true, startYear: true, endYear: true, rollupRule: true, redShare: true },
  });
  if (!strategy) return null;
  const scope = { organisationId };
  const [ambitions, commitments, actions, milestones, kpis, trajectory, measurements, updates, periods] =
    await Promise.all([
      db.ambition.findMany({
        where: { ...scope, strategyId: strategy.id, ...live },
        orderBy: [{ sortOrder: 'asc' }, { number: 'asc' }],
        select: { id: true, number: true, title: true, description: true },
      }),
      db.commitment.findMany({
        where: { ...scope, ...live, ambition: { strategyId: strategy.id } },
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
        select: { id: true, ambitionId: true, code: true, title: true },
      }),
      db.action.findMany({
        where: { ...scope, ...live },
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
        select: {
          id: true,
          commitmentId: true,
          code: true,
          title: true,
          status: true,
          startDate: true,
          dueDate: true,
          originalDueDate: true,
          completedAt: true,
          progressPercent: true,
          ownerRag: true,
          ownerRagReason: true,
          version: true,
          owner: { select: { id: true, name: true } },
        },
      }),
      db.milestone.findMany({
        where: { ...scope, ...live },
        orderBy: [{ sortOrder: 'asc' }, { dueDate: 'asc' }],
        select: { id: true, actionId: true, title: true, dueDate: true, completedAt: true, atRisk: true },
      }),
      db.kpi.findMany({
        where: { ...scope, strategyId: strategy.id, ...live },
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
        select: kpiDefinitionSelect,
      }),
      db.trajectoryPoint.findMany({
        where: scope,
        orderBy: { date: 'asc' },
        select: { kpiId: true, date: true, value: true },
      }),
      db.measurement.findMany({
        where: { ...scope, group: '', periodEnd: { lte: asOf } },
        orderBy: { periodEnd: 'asc' },
        select: { kpiId: true, periodEnd: true, value: true },
      }),
      db.progressUpdate.findMany({
        where: { ...scope, createdAt: { lte: asOf } },
        orderBy: { createdAt: 'desc' },
        select: {
          actionId: true,
          createdAt: true,
          narrative: true,
          ownerRag: true,
          ownerRagReason: true,
          recoveryAction: true,
          periodId: true,
        },
      }),
      db.reportingPeriod.findMany({
        where: { ...scope, strategyId: strategy.id, ...live },
        orderBy: { endDate: 'asc' },
        select: periodSelect,
      }),
    ]);
  return { strategy, ambitions, commitments, actions, milestones, kpis, trajectory, measurements, updates, periods };
}

export type StrategyData = NonNullable<Awaited<ReturnType<typeof loadStrategyData>>>;

export const kpiDefinitionSelect = {
  id: true,
  ambitionId: true,
  commitmentId: true,
  code: true,
  title: true,
  unit: true,
  direction: true,
  baselineValue: true,
  baselineDate: true,
  targetValue: true,
  targetDate: true,
  bandLow: true,
  bandHigh: true,
  toleranceKind: true,
  toleranceValue: true,
  frequency: true,
  reportingLagDays: true,
  spcMinimumPoints: true,
  spcShiftLength: true,
  spcTrendLength: true,
  spcScreenOutliers: true,
  spcConflict: true,
  isDemoData: true,
  owner: { select: { id: true, name: true } },
} satisfies Prisma.KpiSelect;

export const periodSelect = {
  id: true,
  label: true,
  startDate: true,
  endDate: true,
  windowOpens: true,
  windowCloses: true,
  boardDate: true,
  lockedAt: true,
} satisfies Prisma.ReportingPeriodSelect;
