import { kpiDefinitionOf, type KpiDefinitionRow } from '@belonging/db';
import type { TKpiDefinition, TSpcOptions } from '@belonging/domain';

type KpiWithTrajectory = KpiDefinitionRow & { trajectory: { date: Date; value: number }[] };

/** A stored KPI and its trajectory as the rules' definition (the same reading the strategy tree uses). */
export function toKpiDefinition(k: KpiWithTrajectory): TKpiDefinition {
  return kpiDefinitionOf(
    k,
    k.trajectory.map((p) => ({ kpiId: k.id, date: p.date, value: p.value })),
  );
}

/** The KPI's own SPC settings, as options of `spc`. */
export function toSpcOptions(k: KpiDefinitionRow): TSpcOptions {
  return {
    direction: k.direction,
    target: k.direction === 'band' ? null : k.targetValue,
    minimumPoints: k.spcMinimumPoints,
    shiftLength: k.spcShiftLength,
    trendLength: k.spcTrendLength,
    screenOutliers: k.spcScreenOutliers,
    conflict: k.spcConflict === 'concern' ? 'concern' : 'improvement',
  };
}
