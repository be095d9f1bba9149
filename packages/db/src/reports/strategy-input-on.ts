import { londonDay, londonDayNumber, rollupRuleOf, type TStrategyInput } from '@belonging/domain';

type Input = TStrategyInput;
type InputAction = Input['actions'][number];
type InputKpi = Input['kpis'][number];
type Owner = { id: string; name: string };
type LatestUpdate = NonNullable<InputAction['latestUpdate']>;

/** The columns of a stored KPI that its definition is read from. */
export type KpiDefinitionColumns = {
  direction: InputKpi['definition']['direction'];
  baselineValue: number;
  baselineDate: Date;
  targetValue: number | null;
  targetDate: Date | null;
  bandLow: number | null;
  bandHigh: number | null;
  toleranceKind: InputKpi['definition']['tolerance']['kind'];
  toleranceValue: number;
  frequency: InputKpi['definition']['frequency'];
  reportingLagDays: number | null;
};

/**
 * The rows a strategy's assessment reads, loaded once up to the latest day wanted: the input for
 * that day or any earlier one is derived from them in memory by `strategyInputOn`.
 */
export type StrategyRows = {
  strategy: Omit<Input['strategy'], 'rollupRule'> & { rollupRule: string };
  ambitions: Input['ambitions'];
  commitments: Input['commitments'];
  actions: (Omit<InputAction, 'owner' | 'milestones' | 'latestUpdate'> & { ownerId: string })[];
  milestones: (InputAction['milestones'][number] & { actionId: string })[];
  kpis: (Omit<InputKpi, 'owner' | 'definition' | 'spc' | 'measurements'> &
    KpiDefinitionColumns & {
      ownerId: string | null;
      spcMinimumPoints: number;
      spcShiftLength: number;
      spcTrendLength: number;
      spcScreenOutliers: boolean;
      spcConflict: string;
    })[];
  owners: Owner[];
  trajectory: { kpiId: string; date: Date; value: number }[];
  /** Whole-population values, oldest first. */
  measurements: { kpiId: string; periodEnd: Date; value: number }[];
  /** Progress updates without their text, oldest first. */
  updates: { id: string; actionId: string; createdAt: Date }[];
  /** The text of the updates that are some wanted day's newest, by update id. */
  updateTexts: Map<string, LatestUpdate>;
};

/** A stored KPI as the rules see it. */
export function kpiDefinitionOf(
  kpi: KpiDefinitionColumns,
  trajectory: readonly { date: Date; value: number }[],
): InputKpi['definition'] {
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

export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** Each action's newest update made on or before the London day of `asOf`, as update ids by action. */
export function newestUpdateIds(updates: StrategyRows['updates'], asOf: Date): Map<string, string> {
  const dayNumber = londonDayNumber(asOf);
  const newest = new Map<string, string>();
  for (const u of updates)
    if (londonDayNumber(u.createdAt) <= dayNumber) newest.set(u.actionId, u.id);
  return newest;
}

/**
 * The strategy input on the London day of `asOf`, no later than the day the rows were loaded up
 * to: values whose period ended by that day and each action's newest update made on or before it.
 */
export function strategyInputOn(rows: StrategyRows, asOf: Date): TStrategyInput {
  const day = londonDay(asOf).getTime();
  const newest = newestUpdateIds(rows.updates, asOf);
  const owners = new Map(rows.owners.map((o) => [o.id, o]));
  const ownerOf = (id: string): Owner => owners.get(id) ?? { id, name: '' };
  const milestonesByAction = groupBy(rows.milestones, (m) => m.actionId);
  const trajectoryByKpi = groupBy(rows.trajectory, (p) => p.kpiId);
  const measurementsByKpi = groupBy(
    rows.measurements.filter((m) => m.periodEnd.getTime() <= day),
    (m) => m.kpiId,
  );
  const commitmentIds = new Set(rows.commitments.map((c) => c.id));
  const { strategy } = rows;

  return {
    strategy: { ...strategy, rollupRule: rollupRuleOf(strategy.rollupRule) },
    ambitions: rows.ambitions.map((a) => ({ ...a })),
    commitments: rows.commitments.map((c) => ({ ...c })),
    actions: rows.actions
      .filter((a) => commitmentIds.has(a.commitmentId))
      .map(({ ownerId, ...a }) => {
        const updateId = newest.get(a.id);
        const update = updateId === undefined ? undefined : rows.updateTexts.get(updateId);
        return {
          ...a,
          owner: ownerOf(ownerId),
          milestones: (milestonesByAction.get(a.id) ?? []).map((m) => ({
            id: m.id,
            title: m.title,
            dueDate: m.dueDate,
            completedAt: m.completedAt,
            atRisk: m.atRisk,
          })),
          latestUpdate: update ? { ...update } : null,
        };
      }),
    kpis: rows.kpis.map((k) => ({
      id: k.id,
      ambitionId: k.ambitionId,
      commitmentId: k.commitmentId,
      code: k.code,
      title: k.title,
      unit: k.unit,
      isDemoData: k.isDemoData,
      owner: k.ownerId === null ? null : ownerOf(k.ownerId),
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
