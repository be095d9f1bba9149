/** Date-only values travel as UTC midnight of their day: read and show them in UTC. */
export function toIsoDay(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : '';
}

const LONG = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const STAMP = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

export function formatDay(date: Date | null | undefined): string {
  return date ? LONG.format(date) : 'Not set';
}

/** An instant (when something happened), shown in UK time. */
export function formatInstant(date: Date): string {
  return STAMP.format(date);
}
