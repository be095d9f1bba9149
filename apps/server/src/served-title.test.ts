import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';

// The apps' own index.html, the page Vite builds each app's served HTML from.
const appDir = (name: string) => fileURLToPath(new URL(`../../${name}`, import.meta.url));

describe('the HTML the server sends for each app', () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    server = await startTestServer(database, {
      webDir: appDir('web'),
      adminDir: appDir('admin'),
    });
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it.each([
    ['the web app', '/', 'Belonging Tracker'],
    ['a web app route', '/kpis/some-kpi', 'Belonging Tracker'],
    ['the admin app', '/admin/', 'Belonging Tracker admin'],
    ['an admin app route', '/admin/strategy', 'Belonging Tracker admin'],
  ])('%s has exactly one <title>, naming the app', async (_name, route, title) => {
    const res = await fetch(`${server.url}${route}`);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html.match(/<title[\s>]/g)).toHaveLength(1);
    expect(html).toContain(`<title>${title}</title>`);
  });
});
