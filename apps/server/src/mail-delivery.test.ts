import {
  createEmailOnlyTrust,
  createTestDatabase,
  enqueueNumberedEmails,
  readOutbox,
  testProviders,
  type TestDatabase,
} from '@belonging/db/testing';
import { closedPort, startTestSmtpServer, type TestSmtpServer } from '@belonging/mail/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../test/server-process.ts';

const MESSAGES = 30;
const HELD = 12;
const PASSWORD = 'pa55-in-smtp-url';

/** Waits until every row of the outbox is marked sent, reading it again as the server works. */
async function allMarkedSent(bed: TestDatabase, server: ServerProcess) {
  for (;;) {
    const rows = await readOutbox(bed.db);
    if (rows.every((row) => row.sentAt)) return rows;
    await Promise.race([server.exited, new Promise((wake) => setTimeout(wake, 200))]);
    if (server.child.exitCode !== null) throw new Error(`server exited:\n${server.output()}`);
  }
}

describe.each(testProviders())('email delivery by the server process on %s', (provider) => {
  let bed: TestDatabase;
  let smtp: TestSmtpServer;
  const started: ServerProcess[] = [];

  beforeEach(async () => {
    bed = await createTestDatabase(provider);
    smtp = await startTestSmtpServer({ user: 'tracker', pass: PASSWORD });
    const { id: organisationId } = await createEmailOnlyTrust(bed.db);
    await enqueueNumberedEmails(bed.db, { organisationId, count: MESSAGES });
  });
  afterEach(async () => {
    for (const server of started.splice(0)) server.child.kill('SIGKILL');
    await smtp.close();
    await bed.drop();
  });

  const start = async (smtpUrl: string) => {
    const server = await startServerProcess({
      DATABASE_URL: bed.url,
      SMTP_URL: smtpUrl,
      MAIL_FROM: 'Belonging Tracker <no-reply@tracker.example.nhs.uk>',
      MAIL_INTERVAL_MS: '1000',
      LOG_FORMAT: 'json',
    });
    started.push(server);
    return server;
  };

  it('killed while a message is inside DATA, then restarted, delivers every message exactly once', async () => {
    const held = smtp.holdMessage(HELD);
    const first = await start(smtp.url);
    await held;
    // The server is waiting for the reply to message 12's content when it dies.
    first.child.kill('SIGKILL');
    await first.exited;
    expect(smtp.received).toHaveLength(HELD - 1);

    const second = await start(smtp.url);
    const rows = await allMarkedSent(bed, second);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const delivered = smtp.received.map((mail) => mail.messageId);
    expect(delivered).toHaveLength(MESSAGES);
    expect(new Set(delivered).size).toBe(MESSAGES);
    expect(delivered.sort()).toEqual(
      rows.map((row) => `<${row.id}@tracker.example.nhs.uk>`).sort(),
    );
    const log = first.output() + second.output();
    expect(log).not.toContain(PASSWORD);
    expect(log).not.toContain('@mail.test');
  });

  it('on SIGTERM finishes the message being sent, gives back the rest, and exits 0', async () => {
    const held = smtp.holdMessage(5);
    const server = await start(smtp.url);
    const inFlight = await held;
    server.child.kill('SIGTERM');
    await server.saidBy(/SIGTERM: no new connections/);
    inFlight.accept();
    expect(await server.exited).toBe(0);

    expect(smtp.received).toHaveLength(5);
    const rows = await readOutbox(bed.db);
    expect(rows.filter((row) => row.sentAt)).toHaveLength(5);
    expect(rows.every((row) => row.claimedBy === null)).toBe(true);
  });

  it('keeps answering while the SMTP server is down, and keeps the messages waiting with the reason', async () => {
    const server = await start(`smtp://tracker:${PASSWORD}@127.0.0.1:${await closedPort()}`);
    await server.saidBy(/Email could not be sent/);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);

    const rows = await readOutbox(bed.db);
    expect(rows.every((row) => !row.sentAt && !row.failedAt)).toBe(true);
    // The batch it claimed is given back with the reason; the rest were never claimed yet.
    const noted = rows.filter((row) => row.lastError);
    expect(noted.length).toBeGreaterThan(0);
    expect(noted.every((row) => row.lastError?.includes('ECONNREFUSED'))).toBe(true);
    expect(server.output()).not.toContain(PASSWORD);
    expect(server.output()).not.toContain('@mail.test');
  });
});
