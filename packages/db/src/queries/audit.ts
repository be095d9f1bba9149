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
