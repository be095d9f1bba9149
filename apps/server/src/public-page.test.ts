import {
  createPublication,
  findUserForSignIn,
  inTransaction,
  unpublishCurrent,
  type DbClient,
} from '@belonging/db';
import {
  createOtherTrust,
  createTestDatabase,
  demoTrustAsOf,
  findLatestLockedPeriod,
  testProviders,
  type DemoTestDatabase,
} from '@belonging/db/testing';
import type { TPublicPayload } from '@belonging/domain';
import { publicCsv, publicStylesheet } from '@belonging/public-site';
import {
  demoPayload,
  headingsOf,
  parseCsv,
  readBundle,
  visibleText,
} from '@belonging/public-site/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';
import { signInCookie } from '../test/upload-client.ts';

const SLUG = 'demo-partnership';
const EDI_LEAD = 'edi.lead@belonging.test';
const CHAIR = 'chair@belonging.test';
const HTML = 'text/html; charset=utf-8';

describe.each(testProviders())('the public progress page over HTTP on %s', (provider) => {
  let database: DemoTestDatabase;
  let server: TestServer;
  let second: TestServer;
  let periodId: string;
  let ediLeadId: string;

  /** Publishes `payload` for the demo trust as the EDI lead, as the publish procedure stores it. */
  const publish = (payload: TPublicPayload, at = new Date()) =>
    inTransaction(database.db, (tx: DbClient) =>
      createPublication(
        tx,
        {
          organisationId: database.facts.organisationId,
          periodId,
          workforceUploadId: null,
          payload: JSON.stringify(payload),
          publishedById: ediLeadId,
        },
        at,
      ),
    );
  const unpublish = () =>
    unpublishCurrent(database.db, {
      organisationId: database.facts.organisationId,
      userId: ediLeadId,
      at: new Date(),
    });
  const get = (path: string, on = server, headers: Record<string, string> = {}) =>
    fetch(`${on.url}${path}`, { headers });

  beforeAll(async () => {
    database = await createTestDatabase(provider, demoTrustAsOf(new Date()));
    await createOtherTrust(database.db);
    periodId = (await findLatestLockedPeriod(database.db, database.facts.organisationId)).id;
    const lead = await findUserForSignIn(database.db, EDI_LEAD);
    if (!lead) throw new Error('The demo trust has no EDI lead');
    ediLeadId = lead.id;
    // Two server processes' worth of hosts on one database, each with its own rendered cache.
    server = await startTestServer(database);
    second = await startTestServer(database);
  });

  afterAll(async () => {
    await server?.close();
    await second?.close();
    await database?.drop();
  });

  it('answers 404 pages for an unknown trust, a trust with nothing published and a malformed slug', async () => {
    // The demo seed publishes the demo trust's page; take it down first.
    await unpublish();
    for (const path of [
      '/p/no-such-trust',
      `/p/${SLUG}`,
      '/p/other-trust',
      '/p/Bad%20Slug',
      '/p',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toBe(HTML);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(headingsOf(await res.text())).toEqual([[1, 'Page not found']]);
    }
    expect((await get(`/p/${SLUG}/figures.csv`)).status).toBe(404);
    expect((await get(`/p/${SLUG}/bundle.zip`)).status).toBe(404);
  });

  it('serves the published page, its statement, CSV, ZIP and stylesheet without signing in, with no script allowed', async () => {
    await publish(demoPayload());
    const page = await get(`/p/${SLUG}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe(HTML);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('vary')).toBe('Accept-Encoding');
    const html = await page.text();
    expect(headingsOf(html)[0]).toEqual([
      1,
      'Belonging and Inclusion Strategy 2023–2028: our progress',
    ]);
    expect(visibleText(html)).toContain('Published on 20 October 2025');

    const statement = await get(`/p/${SLUG}/accessibility`);
    expect(statement.status).toBe(200);
    expect(statement.headers.get('content-type')).toBe(HTML);
    expect(headingsOf(await statement.text())[0]).toEqual([1, 'Accessibility statement']);

    const csv = await get(`/p/${SLUG}/figures.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain(
      'filename="demo-partnership-figures-2025-09-30.csv"',
    );
    const csvText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(csvText).toBe(publicCsv(demoPayload()));
    const suppressed = parseCsv(csvText).filter((row) => row[4] === '*');
    expect(suppressed).toHaveLength(2);

    const zip = await get(`/p/${SLUG}/bundle.zip`);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    expect(zip.headers.get('content-disposition')).toContain(
      'filename="demo-partnership-progress-2025-09-30.zip"',
    );
    const files = readBundle(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual([
      'accessibility.html',
      'figures.csv',
      'index.html',
      'styles.css',
    ]);
    expect(headingsOf(files['index.html'] ?? '')).toEqual(headingsOf(html));
    expect(files['figures.csv']).toBe(csvText);

    const href = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(href).toBe(`/p/${SLUG}/styles.css?v=${publicStylesheet().version}`);
    const css = await get(href);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await css.text()).toBe(publicStylesheet().text);
  });

  it('sends no <script in any public answer', async () => {
    await publish(demoPayload());
    const paths = ['', '/accessibility', '/figures.csv', '/styles.css'].map(
      (p) => `/p/${SLUG}${p}`,
    );
    for (const path of [...paths, '/p/no-such-trust']) {
      expect(await (await get(path)).text(), path).not.toMatch(/<script/i);
    }
    const zip = readBundle(
      new Uint8Array(await (await get(`/p/${SLUG}/bundle.zip`)).arrayBuffer()),
    );
    for (const [name, text] of Object.entries(zip)) expect(text, name).not.toMatch(/<script/i);
  });

  it('answers 304 to a browser that holds the current page, and the new page once republished', async () => {
    await publish(demoPayload());
    const first = await get(`/p/${SLUG}`);
    const etag = first.headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await get(`/p/${SLUG}`, server, { 'If-None-Match': etag })).status).toBe(304);

    await publish(demoPayload({ strategyTitle: 'A newer strategy title' }));
    const republished = await get(`/p/${SLUG}`, server, { 'If-None-Match': etag });
    expect(republished.status).toBe(200);
    expect(headingsOf(await republished.text())[0]).toEqual([
      1,
      'A newer strategy title: our progress',
    ]);
  });

  it('answers 404 at once after an unpublish, on every server process', async () => {
    await publish(demoPayload());
    for (const host of [server, second]) {
      expect((await get(`/p/${SLUG}`, host)).status).toBe(200);
      expect((await get(`/p/${SLUG}/figures.csv`, host)).status).toBe(200);
    }
    await unpublish();
    for (const host of [server, second]) {
      for (const path of ['', '/accessibility', '/figures.csv', '/bundle.zip']) {
        expect((await get(`/p/${SLUG}${path}`, host)).status, path).toBe(404);
      }
    }
  });

  it('previews a choice for the trust’s EDI admin only, framable by the same origin, marked as a preview', async () => {
    await unpublish();
    const preview = `/p/${SLUG}/preview?periodId=${periodId}`;
    expect((await get(preview)).status).toBe(401);
    const chair = await signInCookie(server.url, CHAIR);
    expect((await get(preview, server, { cookie: chair })).status).toBe(403);
    const lead = await signInCookie(server.url, EDI_LEAD);
    const otherTrust = await get(`/p/other-trust/preview?periodId=${periodId}`, server, {
      cookie: lead,
    });
    expect(otherTrust.status).toBe(403);
    // A slug no trust could have is not found, before anything is built.
    for (const slug of ['x%2F..', 'Demo-Partnership', '%22%3E']) {
      const odd = await get(`/p/${slug}/preview?periodId=${periodId}`, server, { cookie: lead });
      expect(odd.status, slug).toBe(404);
      expect(headingsOf(await odd.text()), slug).toEqual([[1, 'Page not found']]);
    }
    const missing = await get(`/p/${SLUG}/preview`, server, { cookie: lead });
    expect(missing.status).toBe(400);
    expect(visibleText(await missing.text())).toContain('periodId');
    // A malformed or unknown period is refused in words, never a server error.
    const malformed = await get(`/p/${SLUG}/preview?periodId=%00`, server, { cookie: lead });
    expect(malformed.status).toBe(400);
    expect(visibleText(await malformed.text())).toContain('periodId is missing or not valid');
    const unknown = await get(`/p/${SLUG}/preview?periodId=cm_not_here`, server, {
      cookie: lead,
    });
    expect(unknown.status).toBe(404);
    expect(visibleText(await unknown.text())).toContain('That reporting period does not exist');

    const res = await get(preview, server, { cookie: lead });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(HTML);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const html = await res.text();
    expect(visibleText(html)).toContain('Preview: not yet published');
    expect(html).not.toMatch(/<script/i);
    // A preview publishes nothing.
    expect((await get(`/p/${SLUG}`)).status).toBe(404);
  });
});
