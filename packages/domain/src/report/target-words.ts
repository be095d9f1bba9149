// A KPI's aim in words, the same on its page, the board report and its exports. A relative
// likelihood (a ratio with a band) is read against the non-adverse band of the four-fifths rule.
import type { TKpiUnit } from './types.ts';

type TBand = { low: number; high: number };

/** "Non-adverse band 0.80 to 1.25" for a relative likelihood with a band; otherwise null. */
export function nonAdverseBandWords(kpi: { unit: TKpiUnit; band?: TBand | null }): string | null {
  if (kpi.unit !== 'ratio' || !kpi.band) return null;
  return `Non-adverse band ${kpi.band.low.toFixed(2)} to ${kpi.band.high.toFixed(2)}`;
}
