import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { readMigrationList } from '../migrate/migrations.ts';
import { BackupError } from './backup-error.ts';
import { writeNewFile } from './backup-file.ts';

/** Long enough for the server's longest write transaction to finish. */
const BUSY_TIMEOUT_MS = 30_000;

/** The file a `file:` DATABASE_URL names. */
export function sqliteFilePath(url: string): string {
  const file = url.replace(/^file:(\/\/(?=\/))?/, '').split('?')[0] ?? '';
  return path.resolve(file);
}

async function openSqlite(file: string): Promise<Client> {
  const client = createClient({ url: `file:${file}` });
  await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return client;
}

/**
 * Copies a SQLite database into a new file with `VACUUM INTO`, a consistent snapshot taken in one
 * read transaction. Every client opens SQLite in WAL mode (client.ts), where that read never holds
 * up the server's writes.
 */
export async function backupSqlite(url: string, file: string): Promise<void> {
  const source = sqliteFilePath(url);
  if (!existsSync(source)) throw new BackupError(`There is no SQLite database at ${source}.`);
  const client = await openSqlite(source);
  try {
    await writeNewFile(file, async (partial) => {
      await client.execute({ sql: 'VACUUM INTO ?', args: [partial] });
    });
  } finally {
    client.close();
  }
}

/**
 * Replaces the database at `url` with a backup: the backup is copied beside the database,
 * checked there, and renamed over it in one step, after removing the old database's WAL and
 * journal files (applied to the new file they would corrupt it). The server must be stopped.
 */
export async function restoreSqlite(file: string, url: string): Promise<void> {
  const target = sqliteFilePath(url);
  mkdirSync(path.dirname(target), { recursive: true });
  const incoming = `${target}.restoring-${process.pid}`;
  copyFileSync(file, incoming);
  try {
    await checkBelongingDatabase(incoming, file);
    for (const suffix of ['-wal', '-shm', '-journal'])
      rmSync(`${target}${suffix}`, { force: true });
    renameSync(incoming, target);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
}

/** Refuses a SQLite file that is damaged or has no record of Belonging Tracker's first migration. */
async function checkBelongingDatabase(copy: string, named: string): Promise<void> {
  const first = readMigrationList('sqlite').migrationDirectories[0]?.path;
  const client = await openSqlite(copy);
  try {
    const check = await client.execute('PRAGMA quick_check');
    if (check.rows[0]?.quick_check !== 'ok') {
      throw new BackupError(`${named} is a damaged SQLite database: it fails SQLite's own check.`);
    }
    const applied = await client
      .execute(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      )
      .catch(() => null);
    if (!applied?.rows.some((row) => row.migration_name === first)) {
      throw new BackupError(
        `${named} is a SQLite database but not a Belonging Tracker backup: it has no record of our migrations.`,
      );
    }
  } finally {
    client.close();
  }
}
