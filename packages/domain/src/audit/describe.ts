import { changedFields, changesInWords, type ChangedField } from './changes.ts';
import { eventSubject, operationLabel } from './labels.ts';
import type { TAuditName } from './names.ts';

export type TAuditEventFacts = {
  entity: string;
  entityId: string;
  operation: string;
  before: unknown;
  after: unknown;
};

export type TAuditWords = {
  /** What happened: "KPI added". */
  what: string;
  /** The record it happened to: "KPI WRES-1: … (under ambition 2: …)". */
  subject: string;
  /** Each id the event carries, as the name it reads as. */
  names: Record<string, string>;
  changes: ChangedField[];
  /** The changes on one line: "Title: Old → New. Owner: …". */
  changesText: string;
  /** Lower-case words the trail's search matches. */
  searchText: string;
};

/** An audit event in words, given the names of the ids it carries. */
export function describeAuditEvent(
  event: TAuditEventFacts,
  found: ReadonlyMap<string, TAuditName>,
): TAuditWords {
  const names = Object.fromEntries([...found].map(([id, n]) => [id, n.label]));
  const what = operationLabel(event.entity, event.operation);
  const subject =
    found.get(event.entityId)?.subject ?? eventSubject(event.entity, event.before, event.after);
  const changes = changedFields(event.before, event.after, new Map(Object.entries(names)));
  const changesText = changesInWords(changes);
  return {
    what,
    subject,
    names,
    changes,
    changesText,
    searchText: auditSearchText([what, subject, changesText]),
  };
}

/** The text a search matches: lower-case, so it is case-blind on SQLite and PostgreSQL alike. */
export function auditSearchText(parts: readonly string[]): string {
  return parts.join('\n').toLowerCase();
}

/** A search term as it is matched against `auditSearchText`. */
export function auditSearchTerm(term: string): string {
  return term.trim().toLowerCase();
}
