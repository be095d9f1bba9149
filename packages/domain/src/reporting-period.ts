/** The fields of a reporting period that choosing one needs. */
export type TPeriodWindow = { windowOpens: Date; windowCloses: Date; endDate: Date };

/**
 * The period whose update is due at `asOf`: the latest one whose update window has opened.
 * Before any window opens there is none. Dates compare as stored (UTC midnight of the day).
 */
export function currentReportingPeriod<T extends TPeriodWindow>(
  periods: readonly T[],
  asOf: Date,
): T | null {
  let best: T | null = null;
  for (const p of periods) {
    if (p.windowOpens.getTime() <= asOf.getTime() && (!best || p.endDate > best.endDate)) best = p;
  }
  return best;
}

/** The period before `period` in end-date order, if any. */
export function previousReportingPeriod<T extends TPeriodWindow>(
  periods: readonly T[],
  period: T,
): T | null {
  let best: T | null = null;
  for (const p of periods) {
    if (p.endDate < period.endDate && (!best || p.endDate > best.endDate)) best = p;
  }
  return best;
}
