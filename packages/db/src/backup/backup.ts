import { redactUrl, type DatabaseTarget } from '../adapter.ts';
import { BackupError } from './backup-error.ts';
import { readBackupProvider } from './backup-file.ts';
import { backupPostgres, restorePostgres } from './postgresql.ts';
import { backupSqlite, restoreSqlite } from './sqlite.ts';

export type BackupResult = { file: string };

const PROVIDER_NAMES = { sqlite: 'SQLite', postgresql: 'PostgreSQL' } as const;

/** Backs up the database into a new file; safe while the server runs. */
export async function backupDatabase(
  target: DatabaseTarget,
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BackupResult> {
  if (target.provider === 'sqlite') await backupSqlite(target.url, file);
  else await backupPostgres(target.url, file, env);
  return { file };
}

/**
 * Replaces the database's contents with a backup's, after checking the file is a backup of ours
 * made from the same kind of database. Stop the server first.
 */
export async function restoreDatabase(
  file: string,
  target: DatabaseTarget,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const made = readBackupProvider(file);
  if (made !== target.provider) {
    throw new BackupError(
      `${file} is a ${PROVIDER_NAMES[made]} backup, but DATABASE_URL (${redactUrl(target.url)}) is ${PROVIDER_NAMES[target.provider]}: restore it into a ${PROVIDER_NAMES[made]} database.`,
    );
  }
  if (target.provider === 'sqlite') await restoreSqlite(file, target.url);
  else await restorePostgres(file, target.url, env);
}
