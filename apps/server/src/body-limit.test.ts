import { DEMO_PASSWORD, seedDemoTrust } from '@belonging/db';
import { createTestDatabase, type TestDatabase } from '@belonging/db/testing';
import { IMPORT_MAX_FILE_BYTES, IMPORT_MAX_ROWS } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from './trpc-route.ts';
import { startTestServer, type TestServer } from '../test/app-server.ts';

const post = (url: string, body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('the API’s body limit, in words', () => {
  let database: TestDatabase;
  let server: TestServer;
  let cookie = '';

  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    await seedDemoTrust(database.db);
    server = await startTestServer(database);
    const signIn = await post(
      `${server.url}/trpc/auth.signIn`,
      JSON.stringify({ json: { email: 'edi.lead@belonging.test', password: DEMO_PASSWORD } }),
    );
    cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('answers a body over the limit with 413 and a sentence, never "PAYLOAD_TOO_LARGE"', async () => {
    const res = await post(
      `${server.url}/trpc/admin.import.commit`,
      JSON.stringify({ json: { rows: [{ note: 'x'.repeat(MAX_BODY_BYTES) }] } }),
      { cookie },
    );
    expect(res.status).toBe(413);
    // The code stays for programs; the message is what a person reads.
    const body = (await res.json()) as { error: { json: { message: string } } };
    expect(body.error.json.message).toBe(
      'The data sent is larger than 8 MB, the most the server takes at once. Split the file into smaller files.',
    );
  });

  it('takes the commit of the largest file the import page allows, at the most rows', async () => {
    const header = 'KPI code,Period end,Value,Group,Numerator,Denominator,Note\n';
    const cells = 'WRES-1,31/03/2026,12.5,BME,125,1000,';
    // Notes fill each line so the CSV file is exactly at the page's limit.
    const noteLength =
      Math.floor((IMPORT_MAX_FILE_BYTES - header.length) / IMPORT_MAX_ROWS) - cells.length - 1;
    const rows = Array.from({ length: IMPORT_MAX_ROWS }, (_, i) => ({
      line: i + 2,
      kpiCode: 'WRES-1',
      periodEnd: '31/03/2026',
      value: '12.5',
      group: 'BME',
      numerator: '125',
      denominator: '1000',
      note: 'n'.repeat(noteLength),
    }));
    const body = JSON.stringify({ json: { rows } });
    expect(body.length).toBeLessThan(MAX_BODY_BYTES);
    const res = await post(`${server.url}/trpc/admin.import.validate`, body, { cookie });
    expect(res.status).toBe(200);
  });
});
