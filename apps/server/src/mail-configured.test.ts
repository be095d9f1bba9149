import { createTestDatabase, demoTrustAsOf, type TestDatabase } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../test/app-server.ts';
import { queryTrpc } from '../test/trpc-client.ts';
import { signInCookie } from '../test/upload-client.ts';

type Settings = { mailConfigured: boolean };

// The Emails page says "messages wait here and are not sent" when the server has no SMTP_URL: the
// host tells the API which it is.
describe('whether the server can send email, as the Emails page reads it', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('sqlite', demoTrustAsOf(new Date()));
  });
  afterAll(async () => {
    await database.drop();
  });

  it.each([
    [true, true],
    [false, false],
    [undefined, false],
  ])('mailConfigured %s answers %s', async (mailConfigured, answer) => {
    const server = await startTestServer(database, { mailConfigured });
    try {
      const cookie = await signInCookie(server.url, 'edi.lead@belonging.test');
      const settings = await queryTrpc<Settings>(
        server.url,
        'admin.email.settings',
        undefined,
        cookie,
      );
      expect(settings.mailConfigured).toBe(answer);
    } finally {
      await server.close();
    }
  });
});
