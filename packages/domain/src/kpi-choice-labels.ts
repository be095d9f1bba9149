import type { z } from 'zod';
import type { ZKpiFrequencyInput, ZKpiUnitInput } from './inputs/admin/kpi.ts';
import type { TKpiDirection, TTolerance } from './kpi-definition.ts';

/**
 * The words for a KPI's stored choices. Every screen, export and audit entry that names a unit,
 * direction, frequency or tolerance kind reads them here, so a new choice without words fails to
 * compile rather than showing its code.
 */
export const KPI_UNIT_LABELS: Record<z.infer<typeof ZKpiUnitInput>, string> = {
  percent: 'Percentage',
  ratio: 'Ratio (relative likelihood)',
  number: 'Number',
  score: 'Score',
  currency: 'Money (£)',
};

export const KPI_DIRECTION_LABELS: Record<TKpiDirection, string> = {
  increase: 'Higher is better',
  decrease: 'Lower is better',
  band: 'Best inside a band',
};

export const KPI_FREQUENCY_LABELS: Record<z.infer<typeof ZKpiFrequencyInput>, string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  annual: 'Yearly',
};

export const TOLERANCE_KIND_LABELS: Record<TTolerance['kind'], string> = {
  absolute: 'Absolute',
  relative: 'Relative (per cent)',
};

/** A closed vocabulary as the options of a radio group or select, in its declared order. */
export function choiceOptions<K extends string>(
  labels: Record<K, string>,
): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
