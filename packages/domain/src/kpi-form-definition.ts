import type { TAdminKpiRulesInput } from './inputs/admin/kpi.ts';
import type { TKpiDefinition } from './kpi-definition.ts';

/**
 * The rules' reading of a KPI form: a band KPI keeps its band and no target, the others their
 * target and no band; an empty trajectory is none.
 */
export function kpiDefinitionOfForm(rules: TAdminKpiRulesInput): TKpiDefinition {
  const band = rules.direction === 'band';
  return {
    direction: rules.direction,
    baseline: rules.baseline,
    target: band ? null : (rules.target ?? null),
    band: band ? (rules.band ?? null) : null,
    tolerance: rules.tolerance,
    trajectory: rules.trajectory.length ? rules.trajectory : null,
    frequency: rules.frequency,
    reportingLagDays: rules.reportingLagDays ?? null,
  };
}
