import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { closeDb, createDb, DEMO_PASSWORD, seedDemoTrust } from '@belonging/db';
import { createTestDatabase, type TestDatabase } from '@belonging/db/testing';
import { DEFAULT_SIGN_IN_LIMITS } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_SIZE, MAX_BODY_BYTES } from './trpc-route.ts';
import { startTestServer, type TestServer } from '../test/app-server.ts';

const json = { 'content-type': 'application/json' };
const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { ...json, ...headers }, body });
const signInBody = (email: string, password: string) =>
  JSON.stringify({ json: { email, password } });

describe('the HTTP server in front of the API and the built apps', () => {
  let database: TestDatabase;
  let direct: TestServer;
  let proxied: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await seedDemoTrust(database.db);
    direct = await startTestServer(database);
    proxied = await startTestServer(database, {
      trustProxy: 1,
      appOrigin: 'https://belonging.example.nhs.uk',
    });
  });

  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
    await database?.drop();
  });

  it('answers a malformed %-escape in a path with 400 and keeps serving', async () => {
    const bad = await fetch(`${direct.url}/%E0%A4%A`);
    expect(bad.status).toBe(400);
    expect((await fetch(`${direct.url}/admin/%E0%A4%A`)).status).toBe(400);
    expect(await (await fetch(`${direct.url}/actions/42`)).text()).toContain('web app');
  });

  it('serves a file that appears after it was first asked for (a miss is not remembered)', async () => {
    expect(await (await fetch(`${direct.url}/late.txt`)).text()).toContain('web app');
    writeFileSync(path.join(direct.webDir, 'late.txt'), 'arrived late');
    expect(await (await fetch(`${direct.url}/late.txt`)).text()).toBe('arrived late');
  });

  it('marks API answers Cache-Control: no-store', async () => {
    const res = await fetch(`${direct.url}/trpc/auth.me`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('sends HSTS only when APP_ORIGIN is https', async () => {
    expect((await fetch(`${proxied.url}/`)).headers.get('strict-transport-security')).toMatch(
      /^max-age=\d+/,
    );
    expect((await fetch(`${direct.url}/`)).headers.get('strict-transport-security')).toBeNull();
  });

  it(`takes batches of up to ${MAX_BATCH_SIZE} calls and refuses more with 400`, async () => {
    const batch = (n: number) =>
      fetch(
        `${direct.url}/trpc/${Array.from({ length: n }, () => 'auth.me').join(',')}?batch=1&input=%7B%7D`,
      );
    expect((await batch(MAX_BATCH_SIZE)).status).toBe(200);
    expect((await batch(MAX_BATCH_SIZE + 1)).status).toBe(400);
  });

  it('refuses a body over 8 MB with 413', async () => {
    const res = await post(
      `${direct.url}/trpc/auth.signIn`,
      signInBody('a@belonging.test', 'x'.repeat(MAX_BODY_BYTES)),
    );
    expect(res.status).toBe(413);
  });

  it('takes a 20,000-row measurement import in one body', async () => {
    const signIn = await post(
      `${direct.url}/trpc/auth.signIn`,
      signInBody('edi.lead@belonging.test', DEMO_PASSWORD),
    );
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      line: i + 2,
      kpiCode: 'WRES-1',
      periodEnd: '31/03/2026',
      value: '12.5',
      group: `Black, Asian and minority ethnic staff, site ${i}`,
      numerator: '125',
      denominator: '1000',
      note: 'Taken from the ESR extract of 31 March; excludes bank staff and honorary contracts, as agreed at the workforce committee.',
    }));
    const body = JSON.stringify({ json: { rows } });
    expect(body.length).toBeLessThan(MAX_BODY_BYTES);
    const res = await post(`${direct.url}/trpc/admin.import.validate`, body, { cookie });
    expect(res.status).toBe(200);
  });

  // The throttle counts each (account, address) pair: its free failures, then a wait.
  const { pairFreeFailures } = DEFAULT_SIGN_IN_LIMITS;

  it('behind a trusted proxy throttles each client address from X-Forwarded-For separately', async () => {
    const attempt = (server: TestServer, address: string) =>
      post(`${server.url}/trpc/auth.signIn`, signInBody('nobody.proxied@belonging.test', 'guess'), {
        'x-forwarded-for': `203.0.113.99, ${address}`,
      }).then((r) => r.status);
    const first = await Promise.all(
      Array.from({ length: pairFreeFailures }, () => attempt(proxied, '198.51.100.1')),
    );
    expect(first.every((s) => s === 401)).toBe(true);
    expect(await attempt(proxied, '198.51.100.1')).toBe(429);
    expect(await attempt(proxied, '198.51.100.2')).toBe(401);
  });

  it('without TRUST_PROXY ignores X-Forwarded-For: every caller through one peer shares its budget', async () => {
    const attempt = (address: string) =>
      post(`${direct.url}/trpc/auth.signIn`, signInBody('nobody.direct@belonging.test', 'guess'), {
        'x-forwarded-for': address,
      }).then((r) => r.status);
    await Promise.all(Array.from({ length: pairFreeFailures }, () => attempt('198.51.100.1')));
    expect(await attempt('198.51.100.2')).toBe(429);
  });
});

describe('the readiness check with the database out of reach', () => {
  it('answers 503 without the database error text', async () => {
    const handle = createDb('postgresql://belonging:secret@127.0.0.1:1/belonging');
    const server = await startTestServer(handle);
    try {
      const res = await fetch(`${server.url}/readyz`);
      const text = await res.text();
      expect(res.status).toBe(503);
      expect(JSON.parse(text)).toMatchObject({ status: 'error', database: { reachable: false } });
      expect(text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|"error":/);
    } finally {
      await server.close();
      await closeDb(handle.db);
    }
  });
});
