import type { DbClient } from '../client.ts';
import { Prisma } from '../generated/sqlite/client.ts';

/** The tables whose rows a read-then-write holds, named as the schema's models are. */
export type HeldTable = 'Kpi' | 'Milestone' | 'Comment' | 'Organisation' | 'User';

/** A column of each table that no unique key or foreign key uses, written back unchanged. */
const UNKEYED_COLUMN: Record<HeldTable, string> = {
  Kpi: 'updatedAt',
  Milestone: 'updatedAt',
  Comment: 'createdAt',
  Organisation: 'createdAt',
  User: 'updatedAt',
};

/**
 * Holds a row until the transaction ends, so a read-then-write inside it reads the value it
 * replaces and audits that, not one another writer has just replaced too. Call it first in the
 * transaction and read after. It writes a column that is in no key back to itself: PostgreSQL
 * then holds a NO KEY row lock (new child rows may still point at the row), and SQLite, whose
 * adapter runs one transaction at a time, takes its write lock now rather than later. The same
 * statement on both, with nothing changed.
 */
export async function holdRow(db: DbClient, table: HeldTable, id: string): Promise<void> {
  // Table and column come from the closed record above, never from input.
  const column = Prisma.raw(`"${UNKEYED_COLUMN[table]}"`);
  await db.$executeRaw`UPDATE ${Prisma.raw(`"${table}"`)} SET ${column} = ${column} WHERE "id" = ${id}`;
}
