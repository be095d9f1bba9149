import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseIsoDay } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../adapter.ts';
import {
  configuredDatabaseUrl,
  DEFAULT_DATABASE_URL,
  startFolder,
} from '../configured-database.ts';
import {
  createTestDatabase,
  demoTrustAsOf,
  testProviders,
  type DemoTestDatabase,
  type TestDatabase,
} from '../../test/support/index.ts';
import { countRowsByTable } from '../../test/support/rows/counts.ts';
import {
  backupDatabase,
  BackupError,
  defaultBackupFile,
  findPgTool,
  readBackupProvider,
  restoreDatabase,
} from './index.ts';

// The backup and restore functions called in this process, without write load (backup.test.ts
// covers the load, cli.test.ts the commands).

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-round-trip-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(testProviders())('a backup of the demo trust on %s', (provider) => {
  let source: DemoTestDatabase;
  let copy: TestDatabase;
  beforeAll(async () => {
    source = await createTestDatabase(provider, demoTrustAsOf(parseIsoDay('2026-11-24')));
    copy = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await source.drop();
    await copy.drop();
  });

  it('restores into another database with every table as it was', async () => {
    const file = defaultBackupFile(
      provider,
      dir,
      new Date(`2026-12-0${provider === 'sqlite' ? 1 : 2}T10:00:00Z`),
    );
    await backupDatabase(parseDatabaseUrl(source.url), file);
    expect(readBackupProvider(file)).toBe(provider);
    await copy.db.$disconnect();
    await restoreDatabase(file, parseDatabaseUrl(copy.url));
    expect(await countRowsByTable(copy.db)).toEqual(await countRowsByTable(source.db));
  });

  it('never writes over an existing file', async () => {
    const file = path.join(dir, `taken-${provider}`);
    writeFileSync(file, 'keep me');
    await expect(backupDatabase(parseDatabaseUrl(source.url), file)).rejects.toThrow(
      /already exists/,
    );
  });

  it('refuses a file that is not a backup, naming it', async () => {
    const file = path.join(dir, 'notes.txt');
    writeFileSync(file, 'not a database at all');
    await expect(restoreDatabase(file, parseDatabaseUrl(copy.url))).rejects.toThrow(
      new BackupError(
        `${file} is not a Belonging Tracker backup: it is neither a SQLite database nor a pg_dump archive.`,
      ),
    );
  });
});

describe('backup files and tools', () => {
  it('names a backup for its database and the moment it was made', () => {
    expect(defaultBackupFile('sqlite', '/srv', new Date('2026-12-03T16:05:09.123Z'))).toBe(
      '/srv/backups/belonging-sqlite-20261203T160509Z.db',
    );
    expect(defaultBackupFile('postgresql', '/srv', new Date('2026-12-03T16:05:09Z'))).toBe(
      '/srv/backups/belonging-postgresql-20261203T160509Z.dump',
    );
  });

  it('refuses a backup file that is not there', () => {
    expect(() => readBackupProvider(path.join(dir, 'missing.db'))).toThrow(
      /There is no backup file/,
    );
  });

  it('names the variable and the package when a tool is missing', () => {
    expect(() => findPgTool('pg_dump', { PG_DUMP: '/nonexistent/pg_dump' })).toThrow(
      /PG_DUMP is set to "\/nonexistent\/pg_dump".*postgresql-client/,
    );
    expect(() => findPgTool('pg_restore', { PATH: dir })).toThrow(
      /pg_restore was not found on PATH.*PG_RESTORE/,
    );
  });

  it('reads DATABASE_URL as the server does, relative paths from where the command started', () => {
    expect(configuredDatabaseUrl({ INIT_CWD: '/srv/trust' })).toBe(
      `file:${path.resolve('/srv/trust', DEFAULT_DATABASE_URL.slice('file:'.length))}`,
    );
    expect(configuredDatabaseUrl({ DATABASE_URL: 'postgresql://h/db' })).toBe('postgresql://h/db');
    expect(startFolder({})).toBe(process.cwd());
  });
});
