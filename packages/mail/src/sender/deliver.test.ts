import { createDb, type DbHandle } from '@belonging/db';
import {
  createEmailOnlyTrust,
  createTestDatabase,
  enqueueNumberedEmails,
  readOutbox,
  setEmailPaused,
  testProviders,
  type TestDatabase,
} from '@belonging/db/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  closedPort,
  startTestSmtpServer,
  type TestSmtpServer,
} from '../../test/smtp-test-server.ts';
import { deliverDueEmails, type TDeliveryOptions } from './deliver.ts';
import { createSmtpSender, type TMailSender } from './smtp-sender.ts';

const MAIL_FROM = 'Belonging Tracker <no-reply@tracker.example.nhs.uk>';
const LEASE = 60_000;
const later = (ms: number) => () => new Date(Date.now() + ms);

describe.each(testProviders())('delivering the outbox over SMTP on %s', (provider) => {
  let bed: TestDatabase;
  let smtp: TestSmtpServer;
  let sender: TMailSender;
  let organisationId = '';
  let trusts = 0;

  beforeAll(async () => {
    bed = await createTestDatabase(provider);
    smtp = await startTestSmtpServer();
    sender = createSmtpSender({ smtpUrl: smtp.url, mailFrom: MAIL_FROM });
  });
  afterAll(async () => {
    sender.close();
    await smtp.close();
    await bed.drop();
  });

  // Each case has a trust of its own; the last case's trust is paused, so its leftovers stay put.
  beforeEach(async () => {
    if (organisationId) await setEmailPaused(bed.db, organisationId, true);
    organisationId = (await createEmailOnlyTrust(bed.db, `deliver-${++trusts}`)).id;
  });

  const fill = (count: number) =>
    enqueueNumberedEmails(bed.db, { organisationId, count, prefix: `t${trusts}` });
  const rows = async () =>
    (await readOutbox(bed.db)).filter((row) => row.dedupeKey.startsWith(`t${trusts}-`));
  const deliver = (options: Partial<TDeliveryOptions> = {}, via = sender, db = bed.db) =>
    deliverDueEmails(db, via, { workerId: 'worker-a', leaseMs: LEASE, ...options });
  const idsReceivedSince = (start: number) =>
    smtp.received.slice(start).map((mail) => mail.messageId);

  it('delivers each waiting message once, under its own Message-ID, and marks it sent', async () => {
    await fill(5);
    const start = smtp.received.length;
    expect(await deliver({ batchSize: 2 })).toEqual({
      sent: 5,
      refused: 0,
      retried: 0,
      unreachable: null,
    });
    const stored = await rows();
    expect(stored.every((row) => row.sentAt && row.attempts === 1 && !row.claimedBy)).toBe(true);
    expect(idsReceivedSince(start).sort()).toEqual(
      stored.map((row) => `<${row.id}@tracker.example.nhs.uk>`).sort(),
    );
    expect(await deliver({ now: later(LEASE * 10) })).toMatchObject({ sent: 0 });
    expect(smtp.received.length).toBe(start + 5);
  });

  it('records a 550 refusal as failed with its code, and never tries that message again', async () => {
    await fill(2);
    smtp.refuseRecipient('person-1@mail.test', { code: 550, text: '5.1.1 Mailbox unavailable' });
    const start = smtp.received.length;
    const result = await deliver();
    smtp.refuseRecipient('person-1@mail.test', null);
    expect(result).toMatchObject({ sent: 1, refused: 1 });
    const [refused] = await rows();
    expect(refused).toMatchObject({
      dedupeKey: `t${trusts}-1`,
      sentAt: null,
      failedAt: expect.any(Date) as unknown,
      lastError: '550 5.1.1 Mailbox unavailable',
      attempts: 1,
    });
    expect(await deliver({ now: later(86_400_000) })).toMatchObject({ sent: 0, refused: 0 });
    expect(smtp.received.length).toBe(start + 1);
    expect(smtp.received.at(-1)?.to).toEqual(['person-2@mail.test']);
  });

  it('keeps every message waiting while the server answers 421, and sends them once it is back', async () => {
    await fill(3);
    smtp.refuseConnections({ code: 421, text: '4.3.2 Service shutting down' });
    const result = await deliver();
    smtp.refuseConnections(null);
    expect(result).toMatchObject({
      sent: 0,
      unreachable: expect.stringMatching(/^421 /) as unknown,
    });
    const waiting = await rows();
    expect(waiting.every((row) => !row.sentAt && !row.failedAt && !row.claimedBy)).toBe(true);
    expect(waiting.every((row) => row.lastError?.startsWith('421 '))).toBe(true);
    // The one tried counts an attempt and waits a minute; the others were never tried.
    expect(waiting.map((row) => row.attempts).sort()).toEqual([0, 0, 1]);

    const start = smtp.received.length;
    expect(await deliver({ now: later(61_000) })).toMatchObject({ sent: 3, unreachable: null });
    expect(smtp.received.length).toBe(start + 3);
  });

  it('keeps every message waiting when the connection is refused', async () => {
    await fill(2);
    const down = createSmtpSender({
      smtpUrl: `smtp://127.0.0.1:${await closedPort()}`,
      mailFrom: MAIL_FROM,
    });
    expect(await deliver({}, down)).toMatchObject({
      sent: 0,
      unreachable: 'The SMTP server could not be reached (ECONNREFUSED)',
    });
    down.close();
    const waiting = await rows();
    expect(waiting.map((row) => [row.sentAt, row.failedAt, row.lastError])).toEqual([
      [null, null, 'The SMTP server could not be reached (ECONNREFUSED)'],
      [null, null, 'The SMTP server could not be reached (ECONNREFUSED)'],
    ]);
  });

  it('has two workers on one database send each message exactly once', async () => {
    await fill(30);
    const second: DbHandle = createDb(bed.url);
    const otherSender = createSmtpSender({ smtpUrl: smtp.url, mailFrom: MAIL_FROM });
    const start = smtp.received.length;
    const [a, b] = await Promise.all([
      deliver({ workerId: 'worker-a', batchSize: 3 }),
      deliver({ workerId: 'worker-b', batchSize: 3 }, otherSender, second.db),
    ]);
    otherSender.close();
    await second.db.$disconnect();
    expect(a.sent + b.sent).toBe(30);
    const ids = idsReceivedSince(start);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
    expect((await rows()).every((row) => row.sentAt && row.attempts === 1)).toBe(true);
  });

  it('when told to stop, finishes the message in flight and gives back the rest of its batch', async () => {
    await fill(4);
    const start = smtp.dataCount();
    let stopping = false;
    const held = smtp.holdMessage(start + 2);
    const pass = deliver({ isStopping: () => stopping });
    const inFlight = await held;
    stopping = true;
    inFlight.accept();
    expect(await pass).toMatchObject({ sent: 2 });
    const stored = await rows();
    expect(stored.filter((row) => row.sentAt)).toHaveLength(2);
    expect(stored.every((row) => row.claimedBy === null)).toBe(true);
  });
});
