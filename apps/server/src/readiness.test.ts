import { closeDb, createDb, unappliedMigrations } from '@belonging/db';
import {
  createTestDatabase,
  forgetNewestMigration,
  testProviders,
  type TestDatabase,
} from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';

const read = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe.each(testProviders())(
  '/healthz (process up) and /readyz (ready for traffic) on %s',
  (provider) => {
    let database: TestDatabase;
    let server: TestServer;

    beforeAll(async () => {
      database = await createTestDatabase(provider);
      server = await startTestServer(database);
    });

    afterAll(async () => {
      await server?.close();
      await database?.drop();
    });

    it('is ready when the database answers and every migration is applied', async () => {
      expect(await unappliedMigrations(database.target)).toEqual([]);
      const ready = await read(`${server.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({
        status: 'ok',
        database: { provider, reachable: true, migrationsApplied: true, pendingMigrations: [] },
      });
      expect(await read(`${server.url}/healthz`)).toMatchObject({
        status: 200,
        body: { status: 'ok' },
      });
    });

    it('is alive but not ready, in words, when a migration is not applied', async () => {
      const forgotten = await forgetNewestMigration(database.db);
      expect(await unappliedMigrations(database.target)).toEqual([forgotten]);
      const ready = await read(`${server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({
        status: 'error',
        message:
          '1 database migration is not applied: run pnpm db:migrate (or restart the server, which applies them).',
        database: { reachable: true, migrationsApplied: false, pendingMigrations: [forgotten] },
      });
      const live = await read(`${server.url}/healthz`);
      expect(live).toMatchObject({ status: 200, body: { status: 'ok' } });
      // Liveness says nothing of the database: a process restart would not mend a migration.
      expect(live.body).not.toHaveProperty('database');
    });
  },
);

describe('/healthz and /readyz with the database out of reach', () => {
  it('stays alive, and answers not ready with 503 in words, without the database error text', async () => {
    const handle = createDb('postgresql://belonging:secret@127.0.0.1:1/belonging');
    const server = await startTestServer(handle);
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      const res = await fetch(`${server.url}/readyz`);
      const text = await res.text();
      expect(res.status).toBe(503);
      expect(JSON.parse(text)).toMatchObject({
        status: 'error',
        message: 'The database cannot be reached.',
        database: { reachable: false },
      });
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|"error":/);
    } finally {
      await server.close();
      await closeDb(handle.db);
    }
  });
});
