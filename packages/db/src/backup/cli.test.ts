import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@libsql/client';
import { parseIsoDay } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../client.ts';
import {
  createTestDatabase,
  demoTrustAsOf,
  testProviders,
  type DemoTestDatabase,
} from '../../test/support/index.ts';
import { testServerUrl } from '../../test/support/postgres-server.ts';
import { countRowsByTable } from '../../test/support/rows/counts.ts';
import { runDbScript } from '../../test/support/run-script.ts';
import { backupPostgres } from './postgresql.ts';

const TODAY = parseIsoDay('2026-11-24');
const PASSWORD = 's3cret-word';
const ELSEWHERE = `postgresql://belonging:${PASSWORD}@db.example.nhs.uk:6543/trust?sslmode=require`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-backup-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `pnpm db:backup` / `pnpm db:restore` started in the test's folder. */
function backup(env: NodeJS.ProcessEnv, ...args: string[]) {
  return runDbScript('backup.ts', args, { INIT_CWD: dir, PG_DUMP: undefined, ...env });
}
function restore(env: NodeJS.ProcessEnv, ...args: string[]) {
  return runDbScript('restore.ts', args, { INIT_CWD: dir, PG_RESTORE: undefined, ...env });
}

describe.each(testProviders())('pnpm db:backup then pnpm db:restore (%s)', (provider) => {
  let source: DemoTestDatabase;
  beforeAll(async () => {
    source = await createTestDatabase(provider, demoTrustAsOf(TODAY));
  });
  afterAll(() => source.drop());

  it('writes backups/belonging-<provider>-<UTC stamp> and restores it into a new database', async () => {
    const made = await backup({ DATABASE_URL: source.url });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const extension = provider === 'sqlite' ? 'db' : 'dump';
    const name = readdirSync(path.join(dir, 'backups')).find((f) => f.includes(provider));
    expect(name).toMatch(new RegExp(`^belonging-${provider}-\\d{8}T\\d{6}Z\\.${extension}$`));

    const target = await createTestDatabase(provider);
    try {
      await target.db.$disconnect();
      // SQLite: a database that does not exist yet, in a folder that does not either.
      const url = provider === 'sqlite' ? 'file:./restored/belonging.db' : target.url;
      const restored = await restore({ DATABASE_URL: url }, `backups/${name ?? ''}`);
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toContain('Restored');

      const copy = createDb(
        provider === 'sqlite' ? `file:${path.join(dir, 'restored/belonging.db')}` : target.url,
      ).db;
      try {
        expect(await countRowsByTable(copy)).toEqual(await countRowsByTable(source.db));
      } finally {
        await copy.$disconnect();
      }
    } finally {
      await target.drop();
    }
  });

  it('refuses to overwrite a backup file that is already there', async () => {
    writeFileSync(path.join(dir, `taken-${provider}`), 'keep me');
    const run = await backup({ DATABASE_URL: source.url }, `taken-${provider}`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already exists');
    expect(readFileSync(path.join(dir, `taken-${provider}`), 'utf8')).toBe('keep me');
  });
});

describe('the database the commands use is the one the server uses', () => {
  it('data/belonging.db in the folder the command started in, without DATABASE_URL', async () => {
    const run = await backup({ DATABASE_URL: undefined });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `There is no SQLite database at ${path.join(dir, 'data/belonging.db')}`,
    );
  });

  it('DATABASE_URL from a .env file in that folder', async () => {
    const db = await createTestDatabase('sqlite');
    const folder = path.join(dir, 'with-env');
    try {
      await db.db.$disconnect();
      mkdirSync(folder);
      copyFileSync(db.url.replace(/^file:/, ''), path.join(folder, 'from-env.db'));
      writeFileSync(path.join(folder, '.env'), 'DATABASE_URL=file:./from-env.db\n');
      const run = await runDbScript('backup.ts', ['copy.db'], {
        INIT_CWD: folder,
        DATABASE_URL: undefined,
      });
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain(`Backed up file:${path.join(folder, 'from-env.db')}`);
      expect(existsSync(path.join(folder, 'copy.db'))).toBe(true);
    } finally {
      await db.drop();
    }
  });
});

describe('pnpm db:restore refuses what it cannot restore, and changes nothing', () => {
  const target = () => path.join(dir, 'refusals/belonging.db');
  const targetUrl = () => `file:${target()}`;
  let before: Buffer;

  beforeAll(async () => {
    const db = await createTestDatabase('sqlite');
    try {
      await db.db.$disconnect();
      const made = await backup({ DATABASE_URL: db.url }, 'refusals/belonging.db');
      expect(made.code).toBe(0);
    } finally {
      await db.drop();
    }
    before = readFileSync(target());
  });

  function expectUnchanged() {
    expect(readFileSync(target()).equals(before)).toBe(true);
    expect(readdirSync(path.dirname(target())).filter((f) => f.includes('restoring'))).toEqual([]);
  }

  it('a file that is not a backup', async () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'not a database');
    const run = await restore({ DATABASE_URL: targetUrl() }, 'notes.txt');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('notes.txt is not a Belonging Tracker backup');
    expectUnchanged();
  });

  it('a SQLite database that is not a Belonging Tracker database', async () => {
    const other = createClient({ url: `file:${path.join(dir, 'other.db')}` });
    await other.execute('CREATE TABLE recipes (name TEXT)');
    other.close();
    const run = await restore({ DATABASE_URL: targetUrl() }, 'other.db');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'other.db is a SQLite database but not a Belonging Tracker backup',
    );
    expectUnchanged();
  });

  it('a file that is not there', async () => {
    const run = await restore({ DATABASE_URL: targetUrl() }, 'missing.db');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`There is no backup file at ${path.join(dir, 'missing.db')}`);
    expectUnchanged();
  });

  it('a SQLite backup into PostgreSQL, naming the database without its password', async () => {
    const run = await restore({ DATABASE_URL: ELSEWHERE }, 'refusals/belonging.db');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('is a SQLite backup, but DATABASE_URL');
    expect(run.stderr).toContain('belonging:***@db.example.nhs.uk');
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  });

  it('no file named, with its usage', async () => {
    const run = await restore({ DATABASE_URL: targetUrl() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: pnpm db:restore <file>');
  });
});

describe('the PostgreSQL tools', () => {
  it('a missing pg_dump or pg_restore is named, with the package that has it', async () => {
    const dumped = await backup({ DATABASE_URL: ELSEWHERE, PG_DUMP: '/nonexistent' });
    expect(dumped.code).toBe(1);
    expect(dumped.stderr).toContain('PG_DUMP is set to "/nonexistent"');
    expect(dumped.stderr).toContain('postgresql-client');

    writeFileSync(path.join(dir, 'archive.dump'), 'PGDMP');
    const restored = await restore(
      { DATABASE_URL: ELSEWHERE, PG_RESTORE: '/nonexistent' },
      'archive.dump',
    );
    expect(restored.code).toBe(1);
    expect(restored.stderr).toContain('PG_RESTORE is set to "/nonexistent"');
    expect(restored.stderr).toContain('postgresql-client');
  });

  it('pg_dump gets the password in PGPASSWORD, never among its arguments', async () => {
    // A stand-in for pg_dump that writes down how it was called (and a file that looks like a dump).
    const tool = path.join(dir, 'fake-pg-dump');
    writeFileSync(
      tool,
      [
        '#!/bin/sh',
        `printf '%s\\n' "$@" > "${dir}/pg-dump-args"`,
        `printf '%s %s' "$PGPASSWORD" "$PGSSLMODE" > "${dir}/pg-dump-env"`,
        'for a in "$@"; do case "$a" in --file=*) printf PGDMP > "${a#--file=}";; esac; done',
      ].join('\n'),
    );
    chmodSync(tool, 0o755);
    const run = await backup({ DATABASE_URL: ELSEWHERE, PG_DUMP: tool }, 'elsewhere.dump');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('postgresql://belonging:***@db.example.nhs.uk:6543/trust');
    expect(run.stdout).not.toContain(PASSWORD);
    const args = readFileSync(path.join(dir, 'pg-dump-args'), 'utf8');
    expect(args).not.toContain(PASSWORD);
    expect(args.split('\n')).toEqual(
      expect.arrayContaining(['--format=custom', '--host', 'db.example.nhs.uk', '--port', '6543']),
    );
    expect(args.split('\n')).toEqual(
      expect.arrayContaining(['--username', 'belonging', '--dbname', 'trust', '--no-password']),
    );
    expect(readFileSync(path.join(dir, 'pg-dump-env'), 'utf8')).toBe(`${PASSWORD} require`);
    expect(existsSync(path.join(dir, 'elsewhere.dump'))).toBe(true);
  });
});

describe.runIf(process.env.TEST_POSTGRES_URL)('pnpm db:restore on PostgreSQL', () => {
  it('refuses a pg_dump archive of some other database before dropping anything', async () => {
    const target = await createTestDatabase('postgresql');
    try {
      const counts = await countRowsByTable(target.db);
      await target.db.$disconnect();
      // The test server's own `postgres` database: a real archive, but not one of ours.
      await backupPostgres(testServerUrl(), path.join(dir, 'postgres.dump'));
      const run = await restore({ DATABASE_URL: target.url }, 'postgres.dump');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('is a pg_dump archive but not a Belonging Tracker backup');
      const after = createDb(target.url).db;
      try {
        expect(await countRowsByTable(after)).toEqual(counts);
      } finally {
        await after.$disconnect();
      }
    } finally {
      await target.drop();
    }
  });
});
