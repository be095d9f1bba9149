import type { DatabaseTarget } from '../adapter.ts';
import type { DbClient } from '../client.ts';
import { readMigrationList } from '../migrate/migrations.ts';

export type DatabaseHealth = {
  reachable: boolean;
  migrationsApplied: boolean;
  pendingMigrations: string[];
  error?: string;
};

/** Whether the database answers and every committed migration is recorded as applied. */
export async function checkDatabaseHealth(
  db: DbClient,
  target: DatabaseTarget,
): Promise<DatabaseHealth> {
  const expected = readMigrationList(target.provider).migrationDirectories.map((d) => d.path);
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const pendingMigrations = expected.filter((name) => !applied.has(name));
    return {
      reachable: true,
      migrationsApplied: pendingMigrations.length === 0,
      pendingMigrations,
    };
  } catch (error) {
    try {
      await db.$queryRawUnsafe('SELECT 1');
      return { reachable: true, migrationsApplied: false, pendingMigrations: expected };
    } catch {
      return {
        reachable: false,
        migrationsApplied: false,
        pendingMigrations: expected,
        error: error instanceof Error ? error.message.split('\n')[0] : 'unknown error',
      };
    }
  }
}
