import { DAY_MS } from '@belonging/domain';

// Date arithmetic on stored calendar days (UTC midnight of the day), for generating seed data
// relative to "today". UTC has no clock changes, so whole-day steps are exact.

export function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** The first day of the month `months` after the month of `day`. */
export function monthStart(day: Date, months: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
}

/** The last day of the month `months` after the month of `day`. */
export function monthEnd(day: Date, months: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months + 1, 0));
}

/** An instant on a calendar day, `hour` o'clock UTC (within the same London day for 1–22). */
export function atHour(day: Date, hour: number): Date {
  return new Date(day.getTime() + hour * 3_600_000);
}

export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** Month ends from `first` (itself a month end) up to and including `last`. */
export function monthEndsBetween(first: Date, last: Date): Date[] {
  const out: Date[] = [];
  for (let m = 0; ; m++) {
    const end = monthEnd(first, m);
    if (end.getTime() > last.getTime()) return out;
    out.push(end);
  }
}
