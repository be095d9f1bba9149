import {
  findCurrentPublicationBySlug,
  findPublicationOptions,
  findUserForSignIn,
  findWorkforceUpload,
} from '@belonging/db';
import {
  createLeakRows,
  createTestDatabase,
  demoTrustAsOf,
  findLatestLockedPeriod,
  leaksIn,
  readPublicSecrets,
  testProviders,
  type DemoTestDatabase,
} from '@belonging/db/testing';
import type { TWorkforceResult } from '@belonging/domain';
import { readBundle } from '@belonging/public-site/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';
import { signInCookie } from '../test/upload-client.ts';

const SLUG = 'demo-partnership';
const EDI_LEAD = 'edi.lead@belonging.test';
const OWNER = 'chief.people@belonging.test';
const MARKER = 'Wv3leak';

// The leak test over HTTP: the EDI lead publishes through the API, then every public
// response (the page, the accessibility statement, the CSV and each file of the ZIP) is fetched
// without signing in and searched for what must never be public. Unpublishing answers 404 at once.
describe.each(testProviders())('nothing unpublished is served publicly, on %s', (provider) => {
  let database: DemoTestDatabase;
  let server: TestServer;
  let cookie = '';
  const secrets: string[] = [];
  const controls: string[] = [];
  const responses: Record<string, string> = {};

  const trpc = async (path: string, input: unknown) => {
    const res = await fetch(`${server.url}/trpc/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ json: input }),
    });
    expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
  };
  const get = (path: string) => fetch(`${server.url}${path}`);

  beforeAll(async () => {
    database = await createTestDatabase(provider, demoTrustAsOf(new Date()));
    const { organisationId } = database.facts;
    const { db } = database;
    const periodId = (await findLatestLockedPeriod(db, organisationId)).id;
    const owner = await findUserForSignIn(db, OWNER);
    if (!owner) throw new Error('The demo trust has its chief people officer');
    const rows = await createLeakRows(db, {
      organisationId,
      ownerId: owner.id,
      marker: MARKER,
      periodId,
    });
    // The demo's saved workforce year, with its suppressed cells.
    const upload = (await findPublicationOptions(db, organisationId)).uploads[0];
    if (!upload) throw new Error('The demo trust has a saved workforce year');
    const stored = await findWorkforceUpload(db, organisationId, upload.id);
    const result = JSON.parse(stored?.result ?? '{}') as TWorkforceResult;
    secrets.push(
      ...(await readPublicSecrets(db, {
        organisationId,
        periodId,
        workforceMeasures: result.measures,
        rows,
      })),
    );
    controls.push(...rows.controls);

    server = await startTestServer(database);
    cookie = await signInCookie(server.url, EDI_LEAD);
    await trpc('admin.publication.publish', {
      periodId,
      workforceUploadId: upload.id,
      confirm: true,
    });
    for (const [name, path] of [
      ['page', `/p/${SLUG}`],
      ['accessibility statement', `/p/${SLUG}/accessibility`],
      ['csv', `/p/${SLUG}/figures.csv`],
    ] as const) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      responses[name] = await res.text();
    }
    const zip = await get(`/p/${SLUG}/bundle.zip`);
    expect(zip.status).toBe(200);
    for (const [name, text] of Object.entries(readBundle(new Uint8Array(await zip.arrayBuffer()))))
      responses[`bundle ${name}`] = text;
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('serves the public controls, so their absence elsewhere means something', () => {
    for (const text of controls) expect(responses.page, text).toContain(text);
    expect(Object.keys(responses).filter((k) => k.startsWith('bundle ')).length).toBeGreaterThan(2);
  });

  it('serves no unpublished period, comment, internal item or narrative, email, name or suppressed cell', () => {
    expect(leaksIn(responses, secrets)).toEqual([]);
  });

  it('answers 404 for every public address once unpublished, at once', async () => {
    await trpc('admin.publication.unpublish', undefined);
    expect(await findCurrentPublicationBySlug(database.db, SLUG)).toBeNull();
    for (const path of [`/p/${SLUG}`, `/p/${SLUG}/figures.csv`, `/p/${SLUG}/bundle.zip`])
      expect((await get(path)).status, path).toBe(404);
  });
});
