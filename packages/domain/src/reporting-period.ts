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

/**
 * What a reporting period is for the people reading its report: `locked`, a frozen board
 * snapshot; `live`, the one owners' updates count towards now, assessed from today's data;
 * `past`, an earlier one never locked, assessed as it stood when its update window closed;
 * `upcoming`, one after the live one.
 */
export type TPeriodStanding = 'locked' | 'live' | 'past' | 'upcoming';

export const PERIOD_STANDING_WORDS: Record<TPeriodStanding, string> = {
  locked: 'locked snapshot',
  live: 'live',
  past: 'past, not locked',
  upcoming: 'not yet open',
};

/** Each period's standing at `asOf`, by period id. */
export function periodStandings<T extends TPeriodWindow & { id: string; isLocked: boolean }>(
  periods: readonly T[],
  asOf: Date,
): Map<string, TPeriodStanding> {
  const live = updatePeriod(periods, asOf);
  const current = currentReportingPeriod(periods, asOf);
  // With no live period (the current one locked, the next not set up) the current one is the edge.
  const edge = live ?? current;
  const out = new Map<string, TPeriodStanding>();
  for (const p of periods) {
    const standing: TPeriodStanding = p.isLocked
      ? 'locked'
      : p.id === live?.id
        ? 'live'
        : edge && p.endDate <= edge.endDate
          ? 'past'
          : 'upcoming';
    out.set(p.id, standing);
  }
  return out;
}

/** A period as the period picker names it: "2024/25 Q1 (past, not locked)". */
export function periodOptionLabel(label: string, standing: TPeriodStanding): string {
  return `${label} (${PERIOD_STANDING_WORDS[standing]})`;
}
