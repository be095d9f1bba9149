import type { Db, DbTransaction } from '../client.ts';
import { recordAudit } from './audit.ts';
import type { TAuditEntity, TAuditOperation } from '@belonging/domain';

/** Who is making a change, and in which trust. */
export type Actor = { userId: string; organisationId: string };

export type AuditRecord = {
  entity: TAuditEntity;
  entityId: string;
  operation: TAuditOperation;
  before?: unknown;
  after?: unknown;
};

/**
 * Runs one administrative change in one transaction, ending with its one audit event; if the
 * work throws, neither the change nor the event is kept.
 */
export async function writeWithAudit<T>(
  db: Db,
  actor: Actor,
  work: (tx: DbTransaction) => Promise<{ result: T; audit: AuditRecord }>,
  options: { timeout?: number } = {},
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const { result, audit } = await work(tx);
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actorId: actor.userId,
        ...audit,
      });
      return result;
    },
    { timeout: options.timeout ?? 15_000, maxWait: 10_000 },
  );
}

/**
 * Runs work in one transaction: everything it writes is kept together or not at all. Callers
 * outside this package use this rather than the client's own transaction method.
 */
export async function inTransaction<T>(
  db: Db,
  work: (tx: DbTransaction) => Promise<T>,
  options: { timeout?: number } = {},
): Promise<T> {
  return db.$transaction(work, { timeout: options.timeout ?? 15_000, maxWait: 10_000 });
}
