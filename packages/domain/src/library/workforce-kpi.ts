// How a workforce figure becomes a new KPI from the NHS indicator library: the year's value is the
// baseline; a relative likelihood keeps the library's non-adverse band, and a gap or a board
// difference aims at parity (0) by the end of the strategy. A measure with no national aim
// (a representation percentage) needs a target only the trust can set, so it is not created here.
import { londonDayNumber, parseIsoDay, toIsoDay } from '../dates.ts';
import { findLibraryIndicator, type TLibraryIndicator } from './indicators.ts';

export type TWorkforceLibraryKpi = {
  libraryCode: string;
  baseline: { value: number; date: Date };
  target: { value: number; date: Date } | null;
  frequency: 'annual';
};

export type TWorkforceLibraryPlan =
  | { canCreate: true; indicator: TLibraryIndicator; input: TWorkforceLibraryKpi }
  | { canCreate: false; reason: string };

/** 31 March at the end of a financial year labelled `2027/28`, or null for another label. */
function endOfYear(label: string): Date | null {
  const match = /^(\d{4})\/\d{2}$/.exec(label);
  return match ? parseIsoDay(`${Number(match[1]) + 1}-03-31`) : null;
}

/** The KPI a library code would become with this year's value, or why it cannot be made here. */
export function planWorkforceLibraryKpi(
  code: string,
  year: { value: number; asOf: string; strategyEndYear: string },
): TWorkforceLibraryPlan {
  const indicator = findLibraryIndicator(code);
  if (!indicator) return { canCreate: false, reason: 'Not an indicator of the NHS library' };
  const baseline = { value: year.value, date: parseIsoDay(year.asOf) };
  const base = { libraryCode: code, baseline, frequency: 'annual' as const };
  if (indicator.direction === 'band')
    return { canCreate: true, indicator, input: { ...base, target: null } };
  if (!indicator.signed) {
    return {
      canCreate: false,
      reason: 'Needs a target only the trust can set: add it from the library in the KPI form',
    };
  }
  const strategyEnd = endOfYear(year.strategyEndYear);
  const end =
    strategyEnd && londonDayNumber(strategyEnd) > londonDayNumber(baseline.date)
      ? strategyEnd
      : parseIsoDay(`${Number(toIsoDay(baseline.date).slice(0, 4)) + 1}-03-31`);
  return { canCreate: true, indicator, input: { ...base, target: { value: 0, date: end } } };
}
