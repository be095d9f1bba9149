// How the audit trail writes days, instants and counts; the admin page and the server's export
// share these so a date reads the same on screen and in a downloaded file.

const LONG_DAY = new Intl.DateTimeFormat('en-GB', {
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

/** A calendar day (stored as UTC midnight): "31 March 2027". */
export function formatAuditDay(date: Date): string {
  return LONG_DAY.format(date);
}

/** When something happened, in UK time: "20 Apr 2027, 10:15". */
export function formatAuditInstant(date: Date): string {
  return STAMP.format(date);
}

/** "1 value", "12 values", in en-GB digits. */
export function countOf(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
