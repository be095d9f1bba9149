import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations } from './migrate/migrations.ts';
import { closeDb, createDb, SQLITE_BUSY_TIMEOUT_MS } from './client.ts';

describe('a SQLite client', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-client-'));
  const url = `file:${path.join(dir, 'new.db')}`;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens a new database in WAL mode with a busy timeout on every connection', async () => {
    await applyMigrations({ provider: 'sqlite', url });
    const { db } = createDb(url);
    try {
      const mode = await db.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode');
      expect(mode[0]?.journal_mode).toBe('wal');
      const busy = await db.$queryRawUnsafe<{ timeout: number | bigint }[]>('PRAGMA busy_timeout');
      expect(Number(busy[0]?.timeout)).toBe(SQLITE_BUSY_TIMEOUT_MS);
      // libsql opens a new connection after each transaction: it has the timeout too.
      const inside = await db.$transaction((tx) =>
        tx.$queryRawUnsafe<{ timeout: number | bigint }[]>('PRAGMA busy_timeout'),
      );
      expect(Number(inside[0]?.timeout)).toBe(SQLITE_BUSY_TIMEOUT_MS);
      const after = await db.$queryRawUnsafe<{ timeout: number | bigint }[]>('PRAGMA busy_timeout');
      expect(Number(after[0]?.timeout)).toBe(SQLITE_BUSY_TIMEOUT_MS);
    } finally {
      await closeDb(db);
    }
  });
});
