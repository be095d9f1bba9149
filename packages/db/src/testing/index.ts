import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { poolConfigFromUrl, type DatabaseTarget } from '../adapter.ts';
import { createDb, type DbHandle } from '../client.ts';
import { applyMigrations } from '../migrate/migrations.ts';
import type { Provider } from '../migrate/schema-source.ts';

/** The providers tests run against: SQLite always, PostgreSQL when TEST_POSTGRES_URL is set. */
export function testProviders(): Provider[] {
  return process.env.TEST_POSTGRES_URL ? ['sqlite', 'postgresql'] : ['sqlite'];
}

export type TestDatabase = DbHandle & { url: string; drop: () => Promise<void> };

/**
 * A new, empty, migrated database for one test file: a temporary SQLite file, or a new database
 * on the TEST_POSTGRES_URL server. `drop` disconnects and removes it.
 */
export async function createTestDatabase(provider: Provider): Promise<TestDatabase> {
  const { url, remove } = await emptyDatabase(provider);
  const target: DatabaseTarget = { provider, url };
  await applyMigrations(target);
  const handle = createDb(url);
  return {
    ...handle,
    url,
    drop: async () => {
      await handle.db.$disconnect();
      await remove();
    },
  };
}

async function emptyDatabase(
  provider: Provider,
): Promise<{ url: string; remove: () => Promise<void> }> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-test-'));
    return {
      url: `file:${path.join(dir, 'test.db')}`,
      remove: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const serverUrl = process.env.TEST_POSTGRES_URL;
  if (!serverUrl) throw new Error('TEST_POSTGRES_URL is not set: PostgreSQL tests need a server.');
  const name = `belonging_test_${crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client(poolConfigFromUrl(serverUrl));
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    remove: async () => {
      const client = new pg.Client(poolConfigFromUrl(serverUrl));
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
