// Dates as the public page reads them: "31 March 2026"; values go through the domain's formatValue.
import { formatAuditDay, londonDay } from '@belonging/domain';

export { formatValue } from '@belonging/domain';

/** 'YYYY-MM-DD' as "31 March 2026" (read in UTC, so it never shifts a day). */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? day : formatAuditDay(date);
}

/** An instant as its London calendar day: "published on 3 December 2026". */
export function formatInstantDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : formatAuditDay(londonDay(date));
}
