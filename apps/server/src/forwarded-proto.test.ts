import { DEMO_PASSWORD, seedDemoTrust } from '@belonging/db';
import { createTestDatabase, type TestDatabase } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';

const signIn = (server: TestServer, headers: Record<string, string>) =>
  fetch(`${server.url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ json: { email: 'chair@belonging.test', password: DEMO_PASSWORD } }),
  });

describe('X-Forwarded-Proto is believed only behind a trusted proxy (TRUST_PROXY)', () => {
  let database: TestDatabase;
  let direct: TestServer;
  let proxied: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await seedDemoTrust(database.db);
    direct = await startTestServer(database);
    proxied = await startTestServer(database, { trustProxy: 1 });
  });

  afterAll(async () => {
    await direct?.close();
    await proxied?.close();
    await database?.drop();
  });

  it('without TRUST_PROXY a caller claiming https gets a plain cookie and is judged as http', async () => {
    const res = await signIn(direct, { 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
    // The origin a browser would send over https does not match this plain-http server.
    const host = new URL(direct.url).host;
    const claimed = await signIn(direct, {
      'x-forwarded-proto': 'https',
      origin: `https://${host}`,
    });
    expect(claimed.status).toBe(403);
  });

  it('behind a trusted proxy that says https the session cookie is Secure and the https origin is this one', async () => {
    const host = new URL(proxied.url).host;
    const res = await signIn(proxied, { 'x-forwarded-proto': 'https', origin: `https://${host}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });
});
