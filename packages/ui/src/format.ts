// Dates and values as people read them in an NHS service: "31 March 2026", "43.4%", "£1,200".
import { formatValue, type TValueUnit } from '@belonging/domain';

const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT_DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** A calendar day: a Date stored as UTC midnight, or 'YYYY-MM-DD'. Read in UTC so it never shifts a day. */
export function toDay(value: Date | string): Date {
  return typeof value === 'string' ? new Date(`${value.slice(0, 10)}T00:00:00.000Z`) : value;
}

export function formatDay(
  value: Date | string | null | undefined,
  style: 'long' | 'short' = 'long',
): string {
  if (value === null || value === undefined) return 'Not set';
  const day = toDay(value);
  if (Number.isNaN(day.getTime())) return 'Not set';
  return (style === 'short' ? SHORT_DAY : DAY).format(day);
}

/** A moment (when an update was saved), in UK time. */
export function formatDateTime(value: Date | string): string {
  return DATE_TIME.format(typeof value === 'string' ? new Date(value) : value);
}

/** 'YYYY-MM-DD' of a calendar day, for forms and links; empty when there is none. */
export function isoDay(value: Date | string | null | undefined): string {
  return value === null || value === undefined ? '' : toDay(value).toISOString().slice(0, 10);
}

export { formatValue, type TValueUnit } from '@belonging/domain';

/** A signed gap, "+2.1 points better" style, in the KPI's unit. */
export function formatGap(gap: number | null | undefined, unit: TValueUnit): string {
  if (gap === null || gap === undefined || !Number.isFinite(gap)) return 'No gap (no data)';
  if (gap === 0) return 'On expected';
  const size = formatValue(Math.abs(gap), unit === 'percent' ? 'number' : unit);
  const units = unit === 'percent' ? ` percentage point${Math.abs(gap) === 1 ? '' : 's'}` : '';
  return `${size}${units} ${gap > 0 ? 'better' : 'worse'} than expected`;
}
