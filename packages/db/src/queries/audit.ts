import type { DbClient } from '../client.ts';

export type AuditInput = {
  organisationId: string;
  actorId: string | null;
  entity: string;
  entityId: string;
  operation: string;
  before?: unknown;
  after?: unknown;
};

/** Records one audit event; call it inside the transaction that makes the change. */
export async function recordAudit(db: DbClient, event: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      organisationId: event.organisationId,
      actorId: event.actorId,
      entity: event.entity,
      entityId: event.entityId,
      operation: event.operation,
      before: event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === undefined ? null : JSON.stringify(event.after),
    },
  });
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
      entity: filter.entity,
      entityId: filter.entityId,
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
