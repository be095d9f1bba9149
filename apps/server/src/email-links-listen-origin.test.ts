import {
  createTestDatabase,
  demoTrustAsOf,
  findPeriodByLabel,
  readOutboxMessages,
  type DemoTestDatabase,
} from '@belonging/db/testing';
import { financialQuarter } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../test/server-process.ts';
import { callTrpc } from '../test/trpc-client.ts';
import { signInCookie } from '../test/upload-client.ts';

// The demo as seeded today, so the server's real clock and the data agree on the current quarter.
const TODAY = new Date();

type TMessages = Awaited<ReturnType<typeof readOutboxMessages>>;

/** Reads the outbox until a message of `kind` is there (the mail worker's tick writes it). */
async function untilQueued(bed: DemoTestDatabase, server: ServerProcess, kind: string) {
  for (;;) {
    const rows: TMessages = await readOutboxMessages(bed.db, bed.facts.organisationId);
    if (rows.some((row) => row.kind === kind)) return rows;
    if (server.child.exitCode !== null) throw new Error(`server exited:\n${server.output()}`);
    await new Promise((wake) => setTimeout(wake, 200));
  }
}

// Without APP_ORIGIN, every link in an email starts at the address the server listens on: the
// same origin whether a request wrote the email (an opened window, a lock) or the worker's tick.
describe('email links without APP_ORIGIN', () => {
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

  it('start at the server’s own port for a request’s emails and the tick’s alike', async () => {
    const port = new URL(server.url).port;
    expect(port).not.toBe('3000');
    const listening = `http://localhost:${port}`;
    const { organisationId } = bed.facts;
    const quarter = await findPeriodByLabel(bed.db, organisationId, financialQuarter(TODAY).label);
    const cookie = await signInCookie(server.url, 'edi.lead@belonging.test');
    const opened = await callTrpc(
      server.url,
      'mutation',
      'admin.period.openWindow',
      { id: quarter.id },
      cookie,
    );
    expect(opened.status).toBe(200);
    // The window's emails come from the request; the EDI team's digest from the next tick.
    await untilQueued(bed, server, 'digest');
    const locked = await callTrpc(
      server.url,
      'mutation',
      'admin.period.lock',
      { periodId: quarter.id },
      cookie,
    );
    expect(locked.status).toBe(200);

    const messages = await readOutboxMessages(bed.db, organisationId);
    const kinds = new Set(messages.map((m) => m.kind));
    expect(kinds).toEqual(new Set(['window_opened', 'digest', 'snapshot_locked']));
    for (const m of messages) {
      const links = [...m.htmlBody.matchAll(/href="([^"]+)"/g)].map((match) => match[1]);
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link?.slice(0, listening.length + 1)).toBe(`${listening}/`);
      expect(m.textBody).toContain(`${listening}/`);
      expect(m.textBody).not.toContain('localhost:3000');
    }
  });
});
