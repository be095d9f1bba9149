import { formatAuditDay, formatAuditInstant } from '@belonging/domain';

/** Date-only values travel as UTC midnight of their day: read and show them in UTC. */
export function toIsoDay(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : '';
}

/** A calendar day as the admin app and its audit trail write it: "31 March 2027". */
export function formatDay(date: Date | null | undefined): string {
  return date ? formatAuditDay(date) : 'Not set';
}

/** An instant (when something happened), shown in UK time: "20 Apr 2027, 10:15". */
export const formatInstant = formatAuditInstant;
