import { auditRowOf } from '../../src/services/audit/audit-export.ts';
import type { TAuditEntry } from '../../src/services/audit/audit-trail.ts';

/** Every word the audit page shows for one entry: when, who, what, the subject and the changes. */
export function shownText(e: TAuditEntry): string {
  return auditRowOf(e).join(' | ');
}

/** Record ids as the database makes them (cuid) or as older data holds them (UUID). */
export const ID_PATTERNS = [
  /\bc[a-z0-9]{24}\b/,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i,
];
