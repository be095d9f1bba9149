import type { DbClient } from '../../../src/client.ts';

/** Which audit events a test means; every field left out matches any. */
export type AuditEventMatch = {
  organisationId?: string;
  entity?: string;
  entityId?: string;
  operation?: string;
};

const auditEventSelect = {
  id: true,
  organisationId: true,
  actorId: true,
  at: true,
  entity: true,
  entityId: true,
  operation: true,
  before: true,
  after: true,
} as const;

/** The events that match, oldest first. */
export function findAuditEventsFor(db: DbClient, match: AuditEventMatch) {
  return db.auditEvent.findMany({ where: match, orderBy: { at: 'asc' }, select: auditEventSelect });
}

/** The first event that matches; throws when there is none. */
export function findAuditEventFor(db: DbClient, match: AuditEventMatch) {
  return db.auditEvent.findFirstOrThrow({ where: match, select: auditEventSelect });
}

/** The newest event that matches; throws when there is none. */
export function findLatestAuditEventFor(db: DbClient, match: AuditEventMatch) {
  return db.auditEvent.findFirstOrThrow({
    where: match,
    orderBy: { at: 'desc' },
    select: auditEventSelect,
  });
}

/** Events that match, in every trust unless one is named: a refused call must leave none. */
export function countAuditEventsMatching(db: DbClient, match: AuditEventMatch = {}) {
  return db.auditEvent.count({ where: match });
}

/** An event as the trail wrote it before it stored words: no subject, names or search text. */
export function addUnnamedAuditEvent(
  db: DbClient,
  event: Required<Pick<AuditEventMatch, 'organisationId' | 'entity' | 'entityId' | 'operation'>> & {
    after: string;
  },
) {
  return db.auditEvent.create({ data: { ...event, actorId: null }, select: { id: true } });
}
