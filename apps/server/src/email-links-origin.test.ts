import {
  createTestDatabase,
  demoTrustAsOf,
  findPeriodByLabel,
  readOutboxMessages,
  type DemoTestDatabase,
} from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../test/app-server.ts';
import { callTrpc } from '../test/trpc-client.ts';
import { signInCookie } from '../test/upload-client.ts';

const TODAY = new Date('2026-12-03T00:00:00.000Z');
const APP_ORIGIN = 'https://tracker.example.nhs.uk';

// Links in emails written while answering a request start at APP_ORIGIN, never at the Host the
// request came with (here 127.0.0.1 and a free port).
describe('the links in emails a request writes', () => {
  let database: DemoTestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite', demoTrustAsOf(TODAY));
  });
  afterAll(async () => {
    await database.drop();
  });

  it('locking a quarter over HTTP writes the board’s emails with links on APP_ORIGIN', async () => {
    const server = await startTestServer(database, { appOrigin: APP_ORIGIN });
    try {
      const { organisationId } = database.facts;
      const q3 = await findPeriodByLabel(database.db, organisationId, '2026/27 Q3');
      const cookie = await signInCookie(server.url, 'edi.lead@belonging.test');
      const locked = await callTrpc(
        server.url,
        'mutation',
        'admin.period.lock',
        { periodId: q3.id },
        cookie,
      );
      expect(locked.status).toBe(200);
      const messages = await readOutboxMessages(database.db, organisationId);
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) {
        expect(m.htmlBody).toContain(`href="${APP_ORIGIN}/report?period=${q3.id}"`);
        expect(m.htmlBody).not.toContain('127.0.0.1');
        expect(m.textBody).not.toContain('127.0.0.1');
      }
    } finally {
      await server.close();
    }
  });
});
