import { DomainError } from './errors.ts';

export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

// UK summer time (since 1996): from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October. Worked out here and cached per year, so hot loops avoid Intl time-zone formatting.
const FIRST_YEAR = 1970;
const AVERAGE_YEAR_MS = 31_556_952_000;
const summerTime: (readonly [number, number] | undefined)[] = [];

function lastSundayAtOne(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY_MS + HOUR_MS;
}

/**
 * Summer-time bounds for the year of instant `t`. The year is estimated from `t` alone: near New
 * Year the estimate may be off by one, but both neighbouring years then agree that it is winter.
 */
function summerTimeAt(t: number): readonly [number, number] {
  const year = FIRST_YEAR + Math.floor(t / AVERAGE_YEAR_MS);
  const slot = year - FIRST_YEAR;
  let bounds = slot >= 0 ? summerTime[slot] : undefined;
  if (!bounds) {
    bounds = [lastSundayAtOne(year, 2), lastSundayAtOne(year, 9)];
    if (slot >= 0 && slot < 1000) summerTime[slot] = bounds;
  }
  return bounds;
}

export function isValidDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/**
 * Days since 1970-01-01 of the Europe/London calendar day that holds this instant. A date-only
 * value stored as UTC midnight maps to its own day, so instants and stored dates compare alike.
 */
export function londonDayNumber(date: Date, label = 'The date', field?: string): number {
  const t = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new DomainError('invalid_date', `${label} must be a real date`, field);
  const bounds = summerTimeAt(t);
  return Math.floor((t >= bounds[0] && t < bounds[1] ? t + HOUR_MS : t) / DAY_MS);
}

/** The date-only value (UTC midnight) of a day number. */
export function dateOfDay(day: number): Date {
  return new Date(day * DAY_MS);
}

/** UTC midnight of the Europe/London calendar day of `date`. */
export function londonDay(date: Date): Date {
  return dateOfDay(londonDayNumber(date));
}

/** The Europe/London calendar day of `date` as 'YYYY-MM-DD'. */
export function toIsoDay(date: Date): string {
  return dateOfDay(londonDayNumber(date)).toISOString().slice(0, 10);
}

/** 'YYYY-MM-DD' to its date-only value (UTC midnight); anything else is refused. */
export function parseIsoDay(value: string): Date {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = match ? new Date(`${value}T00:00:00.000Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new DomainError(
      'invalid_date',
      `"${String(value)}" is not a calendar date like 2026-03-31`,
    );
  }
  return date;
}

/** The months by name, January first, as dates are written in words. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
