import { financialQuarter, updateWindow } from '@belonging/domain';
import { addDays } from './calendar.ts';

export type PeriodSeed = {
  label: string;
  startDate: Date;
  endDate: Date;
  windowOpens: Date;
  windowCloses: Date;
  boardDate: Date;
};

/** Board meetings follow the close of the update window by two weeks. */
const BOARD_DAYS_AFTER_CLOSE = 14;

/**
 * One reporting period per FY quarter from the quarter holding `first` to the quarter holding
 * `today`, each with the default update window.
 */
export function quarterlyPeriods(first: Date, today: Date): PeriodSeed[] {
  const out: PeriodSeed[] = [];
  for (
    let q = financialQuarter(first);
    q.start.getTime() <= today.getTime();
    q = financialQuarter(addDays(q.end, 1))
  ) {
    const window = updateWindow(q.end);
    out.push({
      label: q.label,
      startDate: q.start,
      endDate: q.end,
      windowOpens: window.opens,
      windowCloses: window.closes,
      boardDate: addDays(window.closes, BOARD_DAYS_AFTER_CLOSE),
    });
  }
  return out;
}

/** The periods to lock: the two most recent whose update windows closed before `today`. */
export function periodsToLock<T extends { windowCloses: Date }>(
  periods: readonly T[],
  today: Date,
  count = 2,
): T[] {
  return periods.filter((p) => p.windowCloses.getTime() < today.getTime()).slice(-count);
}
