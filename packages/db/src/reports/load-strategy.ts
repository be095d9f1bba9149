import { londonDay, londonDayNumber, type TStrategyInput } from '@belonging/domain';
import type { DbClient } from '../client.ts';
import type { Prisma } from '../generated/sqlite/client.ts';

const live = { archivedAt: null };
const DAY_MS = 86_400_000;

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

type KpiRow = Prisma.KpiGetPayload<{ select: typeof kpiDefinitionSelect }>;
type TrajectoryRow = { kpiId: string; date: Date; value: number };

/** The trust's current strategy: the newest one not archived. */
export function findCurrentStrategy(db: DbClient, organisationId: string) {
  return db.strategy.findFirst({
    where: { organisationId, ...live },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      title: true,
      startYear: true,
      endYear: true,
      rollupRule: true,
      redShare: true,
    },
  });
}

/** The live reporting periods of a strategy, oldest first. */
export function findReportPeriods(
  db: DbClient,
  { organisationId, strategyId }: { organisationId: string; strategyId: string },
) {
  return db.reportingPeriod.findMany({
    where: { organisationId, strategyId, archivedAt: null },
    orderBy: { endDate: 'asc' },
    select: periodSelect,
  });
}

/** A stored KPI as the rules see it. */
export function kpiDefinitionOf(
  kpi: KpiRow,
  trajectory: readonly TrajectoryRow[],
): TStrategyInput['kpis'][number]['definition'] {
  return {
    direction: kpi.direction,
    baseline: { value: kpi.baselineValue, date: kpi.baselineDate },
    target:
      kpi.targetValue !== null && kpi.targetDate
        ? { value: kpi.targetValue, date: kpi.targetDate }
        : null,
    band:
      kpi.bandLow !== null && kpi.bandHigh !== null
        ? { low: kpi.bandLow, high: kpi.bandHigh }
        : null,
    tolerance: { kind: kpi.toleranceKind, value: kpi.toleranceValue },
    trajectory: trajectory.length
      ? trajectory.map((p) => ({ date: p.date, value: p.value }))
      : null,
    frequency: kpi.frequency,
    reportingLagDays: kpi.reportingLagDays,
  };
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** The text of the chosen progress updates, by action id; fetched in chunks to bound the parameter count. */
async function findUpdatesById(db: DbClient, organisationId: string, ids: readonly string[]) {
  const out = new Map<string, NonNullable<TStrategyInput['actions'][number]['latestUpdate']>>();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db.progressUpdate.findMany({
      where: { organisationId, id: { in: ids.slice(i, i + 1000) } },
      select: {
        actionId: true,
        createdAt: true,
        narrative: true,
        recoveryAction: true,
        ownerRagReason: true,
      },
    });
    for (const { actionId, ...update } of rows) out.set(actionId, update);
  }
  return out;
}

/**
 * Everything needed to assess the trust's current strategy on the London day of `asOf`, in one
 * flat query per table joined in memory: whole-population measurements up to that day and each
 * action's newest progress update made on or before it. Null when the trust has no strategy.
 */
export async function loadStrategyInput(
  db: DbClient,
  { organisationId, asOf }: { organisationId: string; asOf: Date },
): Promise<TStrategyInput | null> {
  const strategy = await findCurrentStrategy(db, organisationId);
  if (!strategy) return null;
  const day = londonDay(asOf);
  const dayNumber = londonDayNumber(day);
  const scope = { organisationId };
  const [ambitions, commitments, actions, milestones, kpis, trajectory, measurements, updates] =
    await Promise.all([
      db.ambition.findMany({
        where: { ...scope, strategyId: strategy.id, ...live },
        orderBy: [{ sortOrder: 'asc' }, { number: 'asc' }],
        select: { id: true, number: true, title: true, description: true },
      }),
      db.commitment.findMany({
        where: { ...scope, ...live, ambition: { strategyId: strategy.id, ...live } },
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
        select: {
          id: true,
          actionId: true,
          title: true,
          dueDate: true,
          completedAt: true,
          atRisk: true,
        },
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
        where: { ...scope, group: '', periodEnd: { lte: day } },
        orderBy: { periodEnd: 'asc' },
        select: { kpiId: true, periodEnd: true, value: true },
      }),
      // A London day ends at most a day after its UTC midnight: over-fetch by two, trim below.
      db.progressUpdate.findMany({
        where: { ...scope, createdAt: { lt: new Date(day.getTime() + 2 * DAY_MS) } },
        orderBy: { createdAt: 'asc' },
        select: { id: true, actionId: true, createdAt: true },
      }),
    ]);

  const newest = new Map<string, string>();
  for (const u of updates)
    if (londonDayNumber(u.createdAt) <= dayNumber) newest.set(u.actionId, u.id);
  const latestUpdate = await findUpdatesById(db, organisationId, [...newest.values()]);
  const milestonesByAction = groupBy(milestones, (m) => m.actionId);
  const trajectoryByKpi = groupBy(trajectory, (p) => p.kpiId);
  const measurementsByKpi = groupBy(measurements, (m) => m.kpiId);
  const commitmentIds = new Set(commitments.map((c) => c.id));

  return {
    strategy: { ...strategy, rollupRule: strategy.rollupRule === 'worst' ? 'worst' : 'threshold' },
    ambitions,
    commitments,
    actions: actions
      .filter((a) => commitmentIds.has(a.commitmentId))
      .map((a) => {
        const update = latestUpdate.get(a.id);
        return {
          ...a,
          milestones: (milestonesByAction.get(a.id) ?? []).map((m) => ({
            id: m.id,
            title: m.title,
            dueDate: m.dueDate,
            completedAt: m.completedAt,
            atRisk: m.atRisk,
          })),
          latestUpdate: update ?? null,
        };
      }),
    kpis: kpis.map((k) => ({
      id: k.id,
      ambitionId: k.ambitionId,
      commitmentId: k.commitmentId,
      code: k.code,
      title: k.title,
      unit: k.unit,
      isDemoData: k.isDemoData,
      owner: k.owner,
      definition: kpiDefinitionOf(k, trajectoryByKpi.get(k.id) ?? []),
      spc: {
        minimumPoints: k.spcMinimumPoints,
        shiftLength: k.spcShiftLength,
        trendLength: k.spcTrendLength,
        screenOutliers: k.spcScreenOutliers,
        conflict: k.spcConflict === 'concern' ? 'concern' : 'improvement',
      },
      measurements: (measurementsByKpi.get(k.id) ?? []).map((m) => ({
        periodEnd: m.periodEnd,
        value: m.value,
      })),
    })),
  };
}
