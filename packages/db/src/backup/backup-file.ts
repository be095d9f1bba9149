import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Provider } from '../migrate/schema-source.ts';
import { BackupError } from './backup-error.ts';

const EXTENSION: Record<Provider, string> = { sqlite: 'db', postgresql: 'dump' };

/** `backups/belonging-<provider>-<UTC stamp>.<db|dump>` under `folder`. */
export function defaultBackupFile(provider: Provider, folder: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return path.join(folder, 'backups', `belonging-${provider}-${stamp}.${EXTENSION[provider]}`);
}

/**
 * Which database a backup file is for, from its first bytes: a SQLite database file, or a
 * pg_dump custom-format archive. Anything else, or no file, is refused.
 */
export function readBackupProvider(file: string): Provider {
  if (!existsSync(file)) throw new BackupError(`There is no backup file at ${file}.`);
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'SQLite format 3\0') return 'sqlite';
  if (head.subarray(0, 5).toString('latin1') === 'PGDMP') return 'postgresql';
  throw new BackupError(
    `${file} is not a Belonging Tracker backup: it is neither a SQLite database nor a pg_dump archive.`,
  );
}

/**
 * Writes a new backup file through `write`, which fills a partial file beside it; the partial
 * file takes the real name only once complete, so a failed backup never leaves a file that looks
 * whole. An existing file is never overwritten.
 */
export async function writeNewFile(
  file: string,
  write: (partial: string) => Promise<void>,
): Promise<void> {
  if (existsSync(file)) {
    throw new BackupError(`${file} already exists: choose another name, or move it away first.`);
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  try {
    await write(partial);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}
