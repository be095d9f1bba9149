import { DAY_MS, londonDay } from './dates.ts';
import { currentReportingPeriod, type TPeriodWindow } from './reporting-period.ts';

export type TReportPeriodChoice<T> =
  | { period: T; problem?: undefined }
  | { period?: undefined; problem: 'period_not_found' | 'no_period' };

/**
 * The period a report is for: the one asked for (`period_not_found` when the trust has no such
 * period), or by default the current one, the latest whose update window has opened by the London
 * day of `now` (`no_period` before any has).
 */
export function chooseReportPeriod<T extends TPeriodWindow & { id: string }>(
  periods: readonly T[],
  periodId: string | undefined,
  now: Date,
): TReportPeriodChoice<T> {
  if (periodId) {
    const period = periods.find((p) => p.id === periodId);
    return period ? { period } : { problem: 'period_not_found' };
  }
  const current = currentReportingPeriod(periods, londonDay(now));
  return current ? { period: current } : { problem: 'no_period' };
}

/**
 * The day a live report is assessed on: the earlier of the London day of `now` and the day after
 * the update window closed, the first day on which a missing update counts as missing.
 */
export function reportAssessmentDay(period: { windowCloses: Date }, now: Date): Date {
  const today = londonDay(now);
  const dayAfterClose = new Date(period.windowCloses.getTime() + DAY_MS);
  return today.getTime() < dayAfterClose.getTime() ? today : dayAfterClose;
}
