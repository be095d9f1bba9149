import type { DbClient } from '../../../src/client.ts';

/**
 * Forgets that the newest migration was applied, as a database restored from an older backup (or
 * a server started before `db:migrate`) would look: its name. The tables stay as they were.
 */
export async function forgetNewestMigration(db: DbClient): Promise<string> {
  const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1',
  );
  const name = rows[0]?.migration_name;
  if (!name) throw new Error('No migration is recorded in this database');
  await db.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = '${name}'`);
  return name;
}
