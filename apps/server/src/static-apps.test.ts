import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';

const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Big enough that any sensible compression threshold takes it.
const SCRIPT = `export const words = ${JSON.stringify('belonging '.repeat(400))};\n`;

describe('the built apps and the headers every answer carries', () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startTestServer(database);
    mkdirSync(path.join(server.webDir, 'assets'));
    writeFileSync(path.join(server.webDir, 'assets', 'board-Cd8EsW0D.js'), SCRIPT);
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it.each(['/', '/actions/42', '/admin/', '/trpc/auth.me', '/healthz', '/readyz', '/%E0%A4%A'])(
    '%s carries the security headers',
    async (route) => {
      const res = await fetch(`${server.url}${route}`);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    },
  );

  it('keeps hashed assets for a year and asks again for pages and unhashed files', async () => {
    const asset = await fetch(`${server.url}/assets/board-Cd8EsW0D.js`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe(IMMUTABLE);
    for (const route of ['/', '/kpis/some-kpi', '/admin/strategy', '/assets/gone-Cd8EsW0D.js']) {
      const page = await fetch(`${server.url}${route}`);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toMatch(/<title>(web|admin) app<\/title>/);
    }
  });

  it('gzips a script for a browser that takes gzip, and not for one that does not', async () => {
    const route = `${server.url}/assets/board-Cd8EsW0D.js`;
    const zipped = await fetch(route, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(await zipped.text()).toBe(SCRIPT);
    const plain = await fetch(route, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);
  });

  it('serves /admin and /admin/… from the admin app, and /administration from the web app', async () => {
    expect(await (await fetch(`${server.url}/admin`)).text()).toContain('admin app');
    expect(await (await fetch(`${server.url}/admin/people/7`)).text()).toContain('admin app');
    expect(await (await fetch(`${server.url}/administration`)).text()).toContain('web app');
  });

  it('says the app is not built yet, with 503, when its folder has no index.html', async () => {
    const unbuilt = mkdtempSync(path.join(os.tmpdir(), 'belonging-unbuilt-'));
    const bare = await startTestServer(database, { webDir: unbuilt });
    try {
      const res = await fetch(`${bare.url}/kpis`);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/not been built yet/);
    } finally {
      await bare.close();
      rmSync(unbuilt, { recursive: true, force: true });
    }
  });
});
