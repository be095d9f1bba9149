import {
  auditSearchTerm,
  collectAuditIds,
  describeAuditEvent,
  isUnchangedSave,
  type TAuditEntity,
  type TAuditOperation,
} from '@belonging/domain';
import type { DbClient } from '../client.ts';
import { findAuditNames } from './audit-names.ts';

export type AuditInput = {
  organisationId: string;
  actorId: string | null;
  /** Closed vocabularies, so tsc checks every writer; readers stay tolerant of older codes. */
  entity: TAuditEntity;
  entityId: string;
  operation: TAuditOperation;
  before?: unknown;
  after?: unknown;
};

/**
 * Records one audit event; call it inside the transaction that makes the change. The event keeps
 * the names of what it is about as they read now, so it still reads the same after a rename. A
 * save that changed nothing (before and after equal) records nothing: returns whether it recorded.
 */
export async function recordAudit(db: DbClient, event: AuditInput): Promise<boolean> {
  if (isUnchangedSave(event.before, event.after)) return false;
  // Stored as JSON and read back the same way, so dates name themselves as the page shows them.
  const before = event.before === undefined ? null : JSON.stringify(event.before);
  const after = event.after === undefined ? null : JSON.stringify(event.after);
  const facts = { ...event, before: parseAuditJson(before), after: parseAuditJson(after) };
  const ids = collectAuditIds(event.entityId, facts.before, facts.after);
  const words = describeAuditEvent(facts, await findAuditNames(db, event.organisationId, ids));
  await db.auditEvent.create({
    data: {
      organisationId: event.organisationId,
      actorId: event.actorId,
      entity: event.entity,
      entityId: event.entityId,
      operation: event.operation,
      before,
      after,
      subject: words.subject,
      names: JSON.stringify(words.names),
      searchText: words.searchText,
    },
  });
  return true;
}

/** Audit values are stored as JSON text; anything unreadable is the text it is. */
export function parseAuditJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export type AuditFilter = {
  organisationId: string;
  entity?: string;
  entityId?: string;
  actorId?: string;
  /** Events at or after this instant. */
  from?: Date;
  /** Events before this instant. */
  before?: Date;
  /** Words to find in what happened, what it happened to, or the changed values. */
  search?: string;
  /** Sign-ins and sign-outs are left out unless asked for (or the entity asked for is sessions). */
  showSignIns?: boolean;
  /** The id of the last event of the previous page. */
  cursor?: string;
  limit: number;
};

/**
 * A page of the trust's audit trail, newest first, ordered by (at, id) so pages never overlap.
 * An unknown cursor gives an empty page. Returns one row more than `limit` when more follow.
 */
export async function findAuditEvents(db: DbClient, filter: AuditFilter) {
  const { organisationId } = filter;
  const after = filter.cursor
    ? await db.auditEvent.findFirst({
        where: { id: filter.cursor, organisationId },
        select: { id: true, at: true },
      })
    : null;
  if (filter.cursor && !after) return [];
  return db.auditEvent.findMany({
    where: {
      organisationId,
      entity: filter.entity ?? (filter.showSignIns ? undefined : { not: 'session' }),
      entityId: filter.entityId,
      searchText: filter.search ? { contains: auditSearchTerm(filter.search) } : undefined,
      actorId: filter.actorId,
      at: { gte: filter.from, lt: filter.before },
      ...(after ? { OR: [{ at: { lt: after.at } }, { at: after.at, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    take: filter.limit + 1,
    select: {
      id: true,
      at: true,
      entity: true,
      entityId: true,
      operation: true,
      before: true,
      after: true,
      subject: true,
      names: true,
      actor: { select: { id: true, name: true } },
    },
  });
}

/** Counts a trust's audit events: tests check that every write leaves exactly one. */
export async function countAuditEvents(
  db: DbClient,
  { organisationId }: { organisationId: string },
) {
  return db.auditEvent.count({ where: { organisationId } });
}
