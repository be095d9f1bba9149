import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SESSION_COOKIE } from '@belonging/api';
import { createDb, DEMO_PASSWORD, seedDemoTrust } from '@belonging/db';
import {
  createTestDatabase,
  takePostgresDatabaseAway,
  type TestDatabase,
} from '@belonging/db/testing';
import { SERVICE_UNAVAILABLE_MESSAGE } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';

const signIn = (url: string) =>
  fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { email: 'edi.lead@belonging.test', password: DEMO_PASSWORD } }),
  });
/** A signed-in person's first call: their session is read before any procedure runs. */
const whoAmI = (url: string, cookie: string) =>
  fetch(`${url}/trpc/auth.me`, { headers: { cookie } });

/** The answer a database outage must give: 503, when to try again, and the words the apps show. */
async function expectUnavailable(answer: Promise<Response>) {
  const res = await answer;
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('30');
  const body = (await res.json()) as {
    error: { json: { message: string; data: { code: string } } };
  };
  expect(body.error.json.message).toBe(SERVICE_UNAVAILABLE_MESSAGE);
  expect(body.error.json.data.code).toBe('SERVICE_UNAVAILABLE');
}

describe('an SQLite file that cannot be opened', () => {
  let dir: string;
  let server: TestServer;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-outage-'));
    server = await startTestServer(createDb(`file:${path.join(dir, 'gone', 'belonging.db')}`));
  });

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers sign-in with 503, Retry-After and "try again in a minute", not a 500', async () => {
    await expectUnavailable(signIn(server.url));
  });

  it('answers a signed-in call the same way, the session being unreadable', async () => {
    await expectUnavailable(whoAmI(server.url, `${SESSION_COOKIE}=some-token`));
  });

  it.each([
    ['a board paper download', 'GET', '/api/board-paper/some-period?format=csv'],
    ['a workforce upload', 'POST', '/api/workforce/uploads'],
  ])('answers %s the same way, outside tRPC', async (_, method, route) => {
    const res = await fetch(`${server.url}${route}`, {
      method,
      headers: { cookie: `${SESSION_COOKIE}=some-token`, origin: server.url },
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
    expect(await res.json()).toEqual({ message: SERVICE_UNAVAILABLE_MESSAGE });
  });

  it('gives each call of a streamed batch (as the apps send them) the code and the words', async () => {
    const res = await fetch(`${server.url}/trpc/auth.me,kpi.list?batch=1&input={}`, {
      headers: { cookie: `${SESSION_COOKIE}=some-token`, 'trpc-accept': 'application/jsonl' },
    });
    const text = await res.text();
    // Its status went out before the calls ended; each call's error says what happened.
    for (const path of ['auth.me', 'kpi.list']) {
      expect(text).toContain(`"code":"SERVICE_UNAVAILABLE","httpStatus":503,"path":"${path}"`);
    }
    expect(text.split(SERVICE_UNAVAILABLE_MESSAGE)).toHaveLength(3);
  });
});

describe.runIf(process.env.TEST_POSTGRES_URL)('a PostgreSQL database taken away mid-test', () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase('postgresql');
    await seedDemoTrust(database.db);
    server = await startTestServer(database);
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('answers 503 with Retry-After while it is away, and serves again once it is back', async () => {
    const signedIn = await signIn(server.url);
    expect(signedIn.status).toBe(200);
    const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const away = await takePostgresDatabaseAway(database.url);
    try {
      await expectUnavailable(whoAmI(server.url, cookie));
      await expectUnavailable(signIn(server.url));
    } finally {
      await away.restore();
    }
    // No restart: the pool connects again on the next call.
    expect((await whoAmI(server.url, cookie)).status).toBe(200);
  });
});
