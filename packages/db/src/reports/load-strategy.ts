import { DAY_MS, londonDay, type TStrategyInput } from '@belonging/domain';
import type { DbClient } from '../client.ts';
import { actionStateSelect } from '../queries/action-select.ts';
import type { Prisma } from '../generated/sqlite/client.ts';
import { newestUpdateIds, strategyInputOn, type StrategyRows } from './strategy-input-on.ts';

export { kpiDefinitionOf } from './strategy-input-on.ts';

const live = { archivedAt: null };

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

/** A strategy's own settings: its title, years and roll-up rule. */
export const strategySettingsSelect = {
  id: true,
  title: true,
  startYear: true,
  endYear: true,
  rollupRule: true,
  redShare: true,
} as const;

/** The trust's current strategy: the newest one not archived. */
export function findCurrentStrategy(db: DbClient, organisationId: string) {
  return db.strategy.findFirst({
    where: { organisationId, ...live },
    orderBy: { createdAt: 'desc' },
    select: strategySettingsSelect,
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

/** The text of the chosen progress updates, by update id; fetched in chunks to bound the parameter count. */
async function findUpdateTexts(db: DbClient, organisationId: string, ids: readonly string[]) {
  const out: StrategyRows['updateTexts'] = new Map();
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db.progressUpdate.findMany({
      where: { organisationId, id: { in: ids.slice(i, i + 1000) } },
      select: {
        id: true,
        createdAt: true,
        narrative: true,
        recoveryAction: true,
        ownerRag: true,
        ownerRagReason: true,
        isInternal: true,
        status: true,
        progressPercent: true,
      },
    });
    for (const { id, ...update } of rows) out.set(id, update);
  }
  return out;
}

/**
 * Every row needed to assess the trust's current strategy on the London days of `asOfs`, read
 * once up to the latest of them, in one flat query per table: whole-population measurements up
 * to that day, progress updates made by then, and the text of each day's newest update per action.
 */
async function loadStrategyRows(
  db: DbClient,
  { organisationId, asOfs }: { organisationId: string; asOfs: readonly [Date, ...Date[]] },
): Promise<StrategyRows | null> {
  const strategy = await findCurrentStrategy(db, organisationId);
  if (!strategy) return null;
  const day = londonDay(new Date(Math.max(...asOfs.map((d) => d.getTime()))));
  const scope = { organisationId };
  const [
    ambitions,
    commitments,
    actions,
    milestones,
    kpis,
    owners,
    trajectory,
    measurements,
    updates,
  ] = await Promise.all([
    db.ambition.findMany({
      where: { ...scope, strategyId: strategy.id, ...live },
      orderBy: [{ sortOrder: 'asc' }, { number: 'asc' }],
      select: { id: true, number: true, title: true, description: true },
    }),
    db.commitment.findMany({
      where: { ...scope, ...live, ambition: { strategyId: strategy.id, ...live } },
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      select: { id: true, ambitionId: true, code: true, title: true, description: true },
    }),
    db.action.findMany({
      where: { ...scope, ...live },
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      select: { ...actionStateSelect, commitmentId: true },
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
      select: { ...kpiDefinitionSelect, owner: false, ownerId: true },
    }),
    // Owners once each, not joined onto every action and KPI row: the join costs more than the rows.
    db.user.findMany({
      where: {
        OR: [
          { ownedActions: { some: { ...scope, ...live } } },
          { ownedKpis: { some: { ...scope, strategyId: strategy.id, ...live } } },
        ],
      },
      select: { id: true, name: true },
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
    // A London day ends at most a day after its UTC midnight: over-fetch by two, trim in memory.
    db.progressUpdate.findMany({
      where: { ...scope, createdAt: { lt: new Date(day.getTime() + 2 * DAY_MS) } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, actionId: true, createdAt: true },
    }),
  ]);

  const wanted = new Set(asOfs.flatMap((asOf) => [...newestUpdateIds(updates, asOf).values()]));
  const updateTexts = await findUpdateTexts(db, organisationId, [...wanted]);
  return {
    strategy,
    ambitions,
    commitments,
    actions,
    milestones,
    kpis,
    owners,
    trajectory,
    measurements,
    updates,
    updateTexts,
  };
}

/**
 * The strategy inputs on the London days of `asOfs`, in the same order, from one read of the
 * rows up to the latest day: the earlier days' inputs are derived in memory. Null when the trust
 * has no strategy.
 */
export async function loadStrategyInputs(
  db: DbClient,
  { organisationId, asOfs }: { organisationId: string; asOfs: readonly [Date, ...Date[]] },
): Promise<TStrategyInput[] | null> {
  const rows = await loadStrategyRows(db, { organisationId, asOfs });
  return rows && asOfs.map((asOf) => strategyInputOn(rows, asOf));
}

/**
 * Everything needed to assess the trust's current strategy on the London day of `asOf`:
 * whole-population measurements up to that day and each action's newest progress update made on
 * or before it. Null when the trust has no strategy.
 */
export async function loadStrategyInput(
  db: DbClient,
  { organisationId, asOf }: { organisationId: string; asOf: Date },
): Promise<TStrategyInput | null> {
  const inputs = await loadStrategyInputs(db, { organisationId, asOfs: [asOf] });
  return inputs?.[0] ?? null;
}
