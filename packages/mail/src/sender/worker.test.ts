import { updatePeriodWindow, type Db } from '@belonging/db';
import {
  createEmailOnlyTrust,
  createTestDatabase,
  enqueueNumberedEmails,
  readOutbox,
  testProviders,
  type DemoTestDatabase,
  type TestDatabase,
} from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, DEMO_TODAY as TODAY, openDemoTrust } from '../../test/demo-trust.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../test/smtp-test-server.ts';
import { startMailWorker, type TMailLogger } from './worker.ts';

const MAIL_FROM = 'Belonging Tracker <no-reply@tracker.example.nhs.uk>';

/** A logger that keeps its lines, and wakes whoever waits for a line to appear. */
function recordingLogger() {
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  const add = (line: string) => {
    lines.push(line);
    waiters.splice(0).forEach((wake) => wake());
  };
  const logger: TMailLogger = {
    info: add,
    warn: add,
    error: (fields, message) => add(`${message}: ${String(fields.err)}`),
  };
  const waitFor = async (pattern: RegExp) => {
    while (!lines.some((line) => pattern.test(line)))
      await new Promise<void>((wake) => waiters.push(wake));
  };
  return { logger, lines, waitFor };
}

/** A worker whose schedule ticks at mid-morning on 3 December 2026, every minute. */
const startOn = (db: Db, logger: TMailLogger, smtpUrl?: string) =>
  startMailWorker({
    db,
    smtpUrl,
    mailFrom: MAIL_FROM,
    appOrigin: APP_ORIGIN,
    logger,
    intervalMs: 60_000,
    scheduleNow: () => new Date('2026-12-03T10:00:00.000Z'),
  });

describe.each(testProviders())('the mail worker on %s', (provider) => {
  let bed: TestDatabase;
  let smtp: TestSmtpServer;
  let organisationId: string;

  beforeAll(async () => {
    bed = await createTestDatabase(provider);
    smtp = await startTestSmtpServer({ user: 'tracker', pass: 'pa55-in-the-url' });
    organisationId = (await createEmailOnlyTrust(bed.db)).id;
  });
  afterAll(async () => {
    await smtp.close();
    await bed.drop();
  });

  const start = (logger: TMailLogger, smtpUrl?: string) => startOn(bed.db, logger, smtpUrl);

  it('without SMTP_URL says once that email is not configured, and leaves messages waiting', async () => {
    await enqueueNumberedEmails(bed.db, { organisationId, count: 2, prefix: 'unsent' });
    const { logger, lines } = recordingLogger();
    const worker = start(logger);
    await worker.stop();
    expect(lines).toEqual(['Email is not configured: messages wait in the outbox']);
    expect((await readOutbox(bed.db)).every((row) => !row.sentAt && !row.claimedBy)).toBe(true);
  });

  it('sends what waits, and on stop finishes the message in flight before it returns', async () => {
    const before = smtp.dataCount();
    const held = smtp.holdMessage(before + 3);
    const { logger, lines } = recordingLogger();
    await enqueueNumberedEmails(bed.db, { organisationId, count: 3, prefix: 'sent' });
    const worker = start(logger, smtp.url);
    const inFlight = await held;
    let stopped = false;
    const stopping = worker.stop().then(() => (stopped = true));
    await smtp.waitForReceived(2);
    expect(stopped).toBe(false);
    inFlight.accept();
    await stopping;
    // 2 unsent + 3 sent rows: the first two waiting ones and the held one went, two are left.
    const rows = await readOutbox(bed.db);
    expect(rows.filter((row) => row.sentAt)).toHaveLength(3);
    expect(rows.every((row) => row.claimedBy === null)).toBe(true);
    expect(lines).toContain(`Email goes out through the SMTP server at 127.0.0.1:${smtp.port}.`);
    expect(lines.join('\n')).not.toMatch(/pa55|@mail\.test/);
  });

  it('says once that the SMTP server is down, keeps the app’s rows waiting with the reason, and no secret', async () => {
    smtp.refuseConnections({ code: 421, text: '4.3.2 Try again later' });
    const { logger, lines, waitFor } = recordingLogger();
    const worker = start(logger, smtp.url);
    await waitFor(/Email could not be sent/);
    await worker.stop();
    smtp.refuseConnections(null);
    expect(lines.filter((line) => line.includes('could not be sent'))).toEqual([
      `Email could not be sent (127.0.0.1:${smtp.port}): 421 4.3.2 Try again later. Messages wait in the outbox and are tried again.`,
    ]);
    const waiting = (await readOutbox(bed.db)).filter((row) => !row.sentAt);
    expect(waiting).toHaveLength(2);
    expect(waiting.every((row) => row.lastError === '421 4.3.2 Try again later')).toBe(true);
    expect(lines.join('\n')).not.toMatch(/pa55|@mail\.test/);
  });
});

describe.each(testProviders())('the mail worker’s schedule tick on %s', (provider) => {
  let bed: DemoTestDatabase;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    const { t, q3 } = await openDemoTrust(provider);
    bed = t;
    smtp = await startTestSmtpServer();
    // The update window opens today: the tick has messages to queue.
    await updatePeriodWindow(bed.db, q3, {
      windowOpens: TODAY,
      windowCloses: new Date('2027-01-21T00:00:00.000Z'),
    });
  });
  afterAll(async () => {
    await smtp.close();
    await bed.drop();
  });

  const start = (logger: TMailLogger, smtpUrl?: string) => startOn(bed.db, logger, smtpUrl);

  it('without SMTP_URL still runs the tick: the outbox fills and nothing is sent', async () => {
    const worker = start(recordingLogger().logger);
    await worker.stop();
    const rows = await readOutbox(bed.db);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => !row.sentAt && !row.claimedBy)).toBe(true);
    expect(smtp.dataCount()).toBe(0);
  });

  it('with SMTP_URL sends what the tick queued, each to its recipient under its row’s Message-ID', async () => {
    const { logger, waitFor } = recordingLogger();
    const worker = start(logger, smtp.url);
    await waitFor(/^Sent \d+ email\(s\)\.$/);
    await worker.stop();
    const rows = await readOutbox(bed.db);
    expect(rows.every((row) => row.sentAt)).toBe(true);
    const sent = rows.map((row) => [`<${row.id}@tracker.example.nhs.uk>`, row.toAddress]).sort();
    const arrived = smtp.received.map((mail) => [mail.messageId, ...mail.to]).sort();
    expect(arrived).toEqual(sent);
  });
});
