import type { DbClient } from '../client.ts';

/** The tables whose rows a read-then-write holds, named as the schema's models are. */
export type HeldTable = 'Kpi' | 'Milestone' | 'Comment';

/** Which database a client or transaction talks to (Prisma keeps it on both). */
function providerOf(db: DbClient): string | undefined {
  return (db as unknown as { _activeProvider?: string })._activeProvider;
}

/**
 * Holds a row until the transaction ends, so a read-then-write inside it reads the value it
 * replaces and audits that, not one another writer has just replaced too. Call it first in the
 * transaction and read after. PostgreSQL takes a row lock (NO KEY, so new child rows may still
 * point at it); SQLite needs none, as its adapter runs one transaction at a time.
 */
export async function holdRow(db: DbClient, table: HeldTable, id: string): Promise<void> {
  // Anything but SQLite locks, so a client that stopped naming its provider fails loudly there.
  if (providerOf(db) === 'sqlite') return;
  // The table name comes from the closed union above, never from input.
  await db.$queryRawUnsafe(`SELECT 1 FROM "${table}" WHERE "id" = $1 FOR NO KEY UPDATE`, id);
}
