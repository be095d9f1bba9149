import {
  createTestDatabase,
  demoTrustAsOf,
  findPeriodByLabel,
  readOutboxMessages,
  type DemoTestDatabase,
} from '@belonging/db/testing';
import { financialQuarter } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../test/app-server.ts';
import { startServerProcess, type ServerProcess } from '../test/server-process.ts';
import { callTrpc } from '../test/trpc-client.ts';
import { signInCookie } from '../test/upload-client.ts';

const APP_ORIGIN = 'https://tracker.example.nhs.uk';

/** The EDI lead's mutation over HTTP, as the admin app sends it; it must succeed. */
async function asEdiLead(url: string, path: string, input: unknown) {
  const cookie = await signInCookie(url, 'edi.lead@belonging.test');
  const answer = await callTrpc(url, 'mutation', path, input, cookie);
  expect(answer.status).toBe(200);
}

/** Every href in each message, and its plain text, start at `origin`. */
function expectLinksOn(messages: { htmlBody: string; textBody: string }[], origin: string) {
  expect(messages.length).toBeGreaterThan(0);
  for (const m of messages) {
    const links = [...m.htmlBody.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link?.slice(0, origin.length + 1)).toBe(`${origin}/`);
    expect(m.textBody).toContain(`${origin}/`);
  }
}

// Links in emails written while answering a request start at APP_ORIGIN, never at the Host the
// request came with (here 127.0.0.1 and a free port).
describe('the links in emails a request writes', () => {
  const TODAY = new Date('2026-12-03T00:00:00.000Z');
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
      await asEdiLead(server.url, 'admin.period.lock', { periodId: q3.id });
      const messages = await readOutboxMessages(database.db, organisationId);
      expectLinksOn(messages, APP_ORIGIN);
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

// Without APP_ORIGIN, every link in an email starts at the address the server listens on: the
// same origin whether a request wrote the email (an opened window, a lock) or the worker's tick.
describe('email links without APP_ORIGIN', () => {
  // The demo as seeded today, so the server's real clock and the data agree on the quarter.
  const TODAY = new Date();
  let bed: DemoTestDatabase;
  let server: ServerProcess;
  beforeAll(async () => {
    bed = await createTestDatabase('sqlite', demoTrustAsOf(TODAY));
    server = await startServerProcess({ DATABASE_URL: bed.url, MAIL_INTERVAL_MS: '1000' });
  });
  afterAll(async () => {
    server.child.kill('SIGKILL');
    await server.exited;
    await bed.drop();
  });

  /** The outbox once the mail worker's tick has written a message of `kind`. */
  async function untilQueued(kind: string) {
    for (;;) {
      const rows = await readOutboxMessages(bed.db, bed.facts.organisationId);
      if (rows.some((row) => row.kind === kind)) return rows;
      if (server.child.exitCode !== null) throw new Error(`server exited:\n${server.output()}`);
      await new Promise((wake) => setTimeout(wake, 200));
    }
  }

  it('start at the server’s own port for a request’s emails and the tick’s alike', async () => {
    const port = new URL(server.url).port;
    expect(port).not.toBe('3000');
    const { organisationId } = bed.facts;
    const quarter = await findPeriodByLabel(bed.db, organisationId, financialQuarter(TODAY).label);
    await asEdiLead(server.url, 'admin.period.openWindow', { id: quarter.id });
    // The window's emails come from the request; the EDI team's digest from the next tick.
    await untilQueued('digest');
    await asEdiLead(server.url, 'admin.period.lock', { periodId: quarter.id });

    const messages = await readOutboxMessages(bed.db, organisationId);
    const kinds = new Set(messages.map((m) => m.kind));
    expect(kinds).toEqual(new Set(['window_opened', 'digest', 'snapshot_locked']));
    expectLinksOn(messages, `http://localhost:${port}`);
    for (const m of messages) expect(m.textBody).not.toContain('localhost:3000');
  });
});
