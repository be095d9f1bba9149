import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, type Client } from '@libsql/client';
import { readMigrationList } from '../migrate/migrations.ts';
import { BackupError } from './backup-error.ts';
import { writeNewFile } from './backup-file.ts';

/** Long enough for the server's longest write transaction to finish. */
const BUSY_TIMEOUT_MS = 30_000;
/** Tries at switching to WAL mode, a moment apart: about ten seconds in all. */
const WAL_SWITCH_ATTEMPTS = 400;
const WAL_SWITCH_PAUSE_MS = 25;

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
 * read transaction. In WAL mode that read never holds up the server's writes; in the default
 * rollback-journal mode it would make them fail while it runs, so a database not yet in WAL mode
 * is switched to it first (once: the mode is kept in the file). Returns whether it was switched.
 */
export async function backupSqlite(url: string, file: string): Promise<{ switchedToWal: boolean }> {
  const source = sqliteFilePath(url);
  if (!existsSync(source)) throw new BackupError(`There is no SQLite database at ${source}.`);
  const client = await openSqlite(source);
  try {
    const switchedToWal = (await journalMode(client)) !== 'wal';
    if (switchedToWal) await switchToWal(client, source);
    await writeNewFile(file, async (partial) => {
      await client.execute({ sql: 'VACUUM INTO ?', args: [partial] });
    });
    return { switchedToWal };
  } finally {
    client.close();
  }
}

/**
 * The switch needs the database to itself for a moment. Waiting for it in SQLite's busy handler
 * would hold a lock that makes the server's next statements fail meanwhile (the server's
 * connection does not wait), so each try gives up at once and the next comes a little later.
 * A statement the server starts in the very moment of the switch can still fail, once: the
 * README says to take the first backup while the server is quiet.
 */
async function switchToWal(client: Client, source: string): Promise<void> {
  await client.execute('PRAGMA busy_timeout = 0');
  for (let attempt = 0; attempt < WAL_SWITCH_ATTEMPTS; attempt++) {
    const mode = await journalMode(client, 'WAL').catch((error: unknown) => {
      if (String(error).includes('SQLITE_BUSY')) return 'busy';
      throw error;
    });
    if (mode === 'wal') {
      await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
      return;
    }
    if (mode !== 'busy') break;
    await sleep(WAL_SWITCH_PAUSE_MS);
  }
  throw new BackupError(
    `${source} could not be switched to WAL mode for backups: it stayed busy. Try again when the server is quieter.`,
  );
}

async function journalMode(client: Client, set?: 'WAL'): Promise<string> {
  const result = await client.execute(set ? `PRAGMA journal_mode = ${set}` : 'PRAGMA journal_mode');
  const mode = result.rows[0]?.journal_mode;
  return typeof mode === 'string' ? mode.toLowerCase() : '';
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
