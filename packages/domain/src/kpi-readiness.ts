import { SPC_DEFAULTS } from './spc.ts';

/** The parts of a KPI that decide whether it can be coloured and given its SPC icons. */
export type TKpiReadinessInput = {
  direction: 'increase' | 'decrease' | 'band';
  target: { value: number } | null | undefined;
  band: { low: number; high: number } | null | undefined;
  /** Whole-population values recorded so far. */
  valueCount: number;
  /** Values SPC needs before it draws process limits (the KPI's own setting). */
  minimumPoints?: number;
};

/**
 * Why a KPI has no colour, variation icon or assurance icon yet, in words; null where it has one.
 * It follows the rules that decide them: `assessKpi` colours nothing without a value, and `spc`
 * gives icons only from `minimumPoints` values, the assurance icon only against a target.
 */
export type TKpiReadiness = {
  rating: string | null;
  variation: string | null;
  assurance: string | null;
};

function valuesWords(needed: number, count: number): string {
  return `${needed} value${needed === 1 ? '' : 's'} (${count === 0 ? 'none' : count} so far)`;
}

export function describeKpiReadiness(kpi: TKpiReadinessInput): TKpiReadiness {
  const minimum = kpi.minimumPoints ?? SPC_DEFAULTS.minimumPoints;
  const isBand = kpi.direction === 'band';
  const missingRule = isBand
    ? kpi.band
      ? null
      : 'the low and high edges of its band'
    : kpi.target
      ? null
      : 'a target';
  const ratingNeeds = [missingRule, kpi.valueCount === 0 ? 'a first value' : null].filter(
    (part): part is string => part !== null,
  );
  const enoughForSpc = kpi.valueCount >= minimum;
  const spcNeeds = `${valuesWords(minimum, kpi.valueCount)} for its process limits`;

  let assurance: string | null = null;
  if (isBand)
    assurance = 'No assurance icon: a KPI kept within a band has no single target to pass or fail.';
  else {
    const needs = [kpi.target ? null : 'a target', enoughForSpc ? null : spcNeeds].filter(
      (part): part is string => part !== null,
    );
    if (needs.length) assurance = `No assurance icon yet: it needs ${needs.join(' and ')}.`;
  }
  return {
    rating: ratingNeeds.length ? `Not rated yet: it needs ${ratingNeeds.join(' and ')}.` : null,
    variation: enoughForSpc ? null : `No variation icon yet: it needs ${spcNeeds}.`,
    assurance,
  };
}
