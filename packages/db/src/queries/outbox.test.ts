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
  claimDueEmails,
  markEmailFailed,
  markEmailSent,
  releaseEmailClaims,
  releaseEmailForRetry,
  renewEmailClaims,
} from './outbox.ts';

const NOW = new Date('2026-12-03T12:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const LEASE = 60_000;
const claim = (db: TestDatabase['db'], workerId: string, now = NOW, limit = 50) =>
  claimDueEmails(db, { workerId, now, limit, leaseMs: LEASE });

describe.each(testProviders())('delivering the email outbox on %s', (provider) => {
  let bed: TestDatabase;
  let organisationId: string;
  let trusts = 0;

  beforeAll(async () => {
    bed = await createTestDatabase(provider);
  });
  afterAll(() => bed.drop());

  // Each case gets a trust (and so an outbox slice) of its own; earlier rows are sent out of the way.
  beforeEach(async () => {
    await bed.db.outboxMessage.updateMany({ where: { sentAt: null }, data: { sentAt: NOW } });
    organisationId = (await createEmailOnlyTrust(bed.db, `trust-${++trusts}`)).id;
  });

  const enqueue = (input: { count: number; prefix: string; availableAt?: Date }) =>
    enqueueNumberedEmails(bed.db, { organisationId, availableAt: NOW, ...input });
  const waiting = async () => (await readOutbox(bed.db)).filter((row) => !row.sentAt);

  it('of two senders racing over the same rows, each row goes to exactly one', async () => {
    await enqueue({ count: 40, prefix: `race-${trusts}` });
    const [a, b] = await Promise.all([claim(bed.db, 'worker-a'), claim(bed.db, 'worker-b')]);
    const ids = [...a, ...b].map((row) => row.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    const rows = await waiting();
    for (const row of rows) {
      const holder = a.some((m) => m.id === row.id) ? 'worker-a' : 'worker-b';
      expect(row.claimedBy).toBe(holder);
    }
    expect(await claim(bed.db, 'worker-c')).toEqual([]);
  });

  it('hands a claimed message its body, address and subject, and takes no more than the limit', async () => {
    await enqueue({ count: 3, prefix: `limit-${trusts}` });
    const claimed = await claim(bed.db, 'worker-a', NOW, 2);
    expect(claimed).toHaveLength(2);
    expect(claimed[0]).toMatchObject({
      toAddress: expect.stringMatching(/^person-\d@mail\.test$/) as unknown,
      subject: expect.stringMatching(/^Test message \d$/) as unknown,
      textBody: expect.stringContaining('Plain text') as unknown,
      htmlBody: expect.stringContaining('<html lang="en-GB">') as unknown,
      attempts: 0,
    });
  });

  it('takes over a claim only once its lease has run out, and a renewed claim not at all', async () => {
    await enqueue({ count: 2, prefix: `lease-${trusts}` });
    expect(await claim(bed.db, 'worker-a')).toHaveLength(2);
    expect(await claim(bed.db, 'worker-b', at(LEASE))).toEqual([]);

    expect(await renewEmailClaims(bed.db, { workerId: 'worker-a', now: at(LEASE) })).toBe(2);
    expect(await claim(bed.db, 'worker-b', at(LEASE + 1))).toEqual([]);

    const racing = await Promise.all([
      claim(bed.db, 'worker-b', at(2 * LEASE + 1)),
      claim(bed.db, 'worker-c', at(2 * LEASE + 1)),
    ]);
    expect(racing.flat()).toHaveLength(2);
    expect(new Set(racing.flat().map((row) => row.id)).size).toBe(2);
    // The first holder, late, can no longer renew what others took over.
    expect(await renewEmailClaims(bed.db, { workerId: 'worker-a', now: at(2 * LEASE + 2) })).toBe(
      0,
    );
  });

  it('claims nothing of a trust whose email is paused, nor what is not yet available', async () => {
    await enqueue({ count: 2, prefix: `paused-${trusts}` });
    await enqueue({
      count: 1,
      prefix: `later-${trusts}`,
      availableAt: at(1000),
    });
    await setEmailPaused(bed.db, organisationId, true);
    expect(await claim(bed.db, 'worker-a', at(1000))).toEqual([]);
    await setEmailPaused(bed.db, organisationId, false);
    expect(await claim(bed.db, 'worker-a')).toHaveLength(2);
    expect(await claim(bed.db, 'worker-a', at(1000))).toHaveLength(1);
  });

  it('never hands out a sent or permanently failed message again', async () => {
    await enqueue({ count: 2, prefix: `done-${trusts}` });
    const [sent, refused] = await claim(bed.db, 'worker-a');
    if (!sent || !refused) throw new Error('expected two claimed messages');
    await markEmailSent(bed.db, { id: sent.id, now: at(1) });
    await markEmailFailed(bed.db, {
      id: refused.id,
      now: at(2),
      reason: '550 5.1.1 Mailbox unavailable',
    });
    expect(await claim(bed.db, 'worker-b', at(10 * LEASE))).toEqual([]);
    const rows = await readOutbox(bed.db);
    expect(rows.find((r) => r.id === sent.id)).toMatchObject({
      sentAt: at(1),
      attempts: 1,
      claimedBy: null,
      failedAt: null,
    });
    expect(rows.find((r) => r.id === refused.id)).toMatchObject({
      failedAt: at(2),
      lastError: '550 5.1.1 Mailbox unavailable',
      attempts: 1,
      sentAt: null,
      claimedBy: null,
    });
  });

  it('offers a message released for retry again from its new time, an attempt counted', async () => {
    await enqueue({ count: 1, prefix: `retry-${trusts}` });
    const [message] = await claim(bed.db, 'worker-a');
    if (!message) throw new Error('expected a claimed message');
    // Another sender's late release changes nothing: the claim is not theirs.
    await releaseEmailForRetry(bed.db, {
      id: message.id,
      workerId: 'worker-b',
      availableAt: at(5000),
      reason: 'not theirs',
    });
    await releaseEmailForRetry(bed.db, {
      id: message.id,
      workerId: 'worker-a',
      availableAt: at(60_000),
      reason: '421 4.3.2 Try again later',
    });
    expect(await claim(bed.db, 'worker-b', at(59_999))).toEqual([]);
    const [again] = await claim(bed.db, 'worker-b', at(60_000));
    expect(again).toMatchObject({ id: message.id, attempts: 1 });
    expect((await readOutbox(bed.db)).find((r) => r.id === message.id)?.lastError).toBe(
      '421 4.3.2 Try again later',
    );
  });

  it('gives up a sender’s untried claims at once, noting why when there is a reason', async () => {
    await enqueue({ count: 3, prefix: `stop-${trusts}` });
    expect(await claim(bed.db, 'worker-a')).toHaveLength(3);
    expect(
      await releaseEmailClaims(bed.db, { workerId: 'worker-a', reason: 'SMTP unreachable' }),
    ).toBe(3);
    const freed = await claim(bed.db, 'worker-b');
    expect(freed.map((m) => m.attempts)).toEqual([0, 0, 0]);
    const rows = await waiting();
    expect(rows.map((r) => r.lastError)).toEqual([
      'SMTP unreachable',
      'SMTP unreachable',
      'SMTP unreachable',
    ]);
  });
});
