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

/**
 * The period an owner's update made at `asOf` counts towards: the current one while its board
 * snapshot is open; once that is locked, the board has what it will see, so the next unlocked
 * period the EDI team has set up (or none yet).
 */
export function updatePeriod<T extends TPeriodWindow & { isLocked: boolean }>(
  periods: readonly T[],
  asOf: Date,
): T | null {
  const current = currentReportingPeriod(periods, asOf);
  if (!current?.isLocked) return current;
  let next: T | null = null;
  for (const p of periods) {
    if (p.isLocked || p.endDate <= current.endDate) continue;
    if (!next || p.endDate < next.endDate) next = p;
  }
  return next;
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
