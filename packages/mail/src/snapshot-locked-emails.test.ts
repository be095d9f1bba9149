import { inTransaction, type Provider } from '@belonging/db';
import {
  createTestDatabase,
  demoTrustAsOf,
  findLatestLockedPeriod,
  readOutboxMessages,
  testProviders,
  type DemoTestDatabase,
} from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, DEMO_TODAY } from '../test/demo-trust.ts';
import { enqueueSnapshotLockedEmails } from './snapshot-locked-emails.ts';

describe.each(testProviders())('the snapshot-locked emails on %s', (provider: Provider) => {
  let t: DemoTestDatabase;
  let input: { organisationId: string; periodId: string; appOrigin: string };

  beforeAll(async () => {
    t = await createTestDatabase(provider, demoTrustAsOf(DEMO_TODAY));
    const { organisationId } = t.facts;
    const period = await findLatestLockedPeriod(t.db, organisationId);
    input = { organisationId, periodId: period.id, appOrigin: APP_ORIGIN };
  });
  afterAll(async () => {
    await t.drop();
  });

  it('are written in the caller’s transaction: when it fails after them, none is kept', async () => {
    const failed = inTransaction(t.db, async (tx) => {
      expect(await enqueueSnapshotLockedEmails(tx, input)).toBe(3);
      throw new Error('the lock failed after the emails were enqueued');
    });
    await expect(failed).rejects.toThrow('the lock failed');
    expect(await readOutboxMessages(t.db, input.organisationId)).toEqual([]);
  });

  it('are kept when it commits, once per person however often they are enqueued', async () => {
    await inTransaction(t.db, (tx) => enqueueSnapshotLockedEmails(tx, input));
    expect(await inTransaction(t.db, (tx) => enqueueSnapshotLockedEmails(tx, input))).toBe(0);
    const messages = await readOutboxMessages(t.db, input.organisationId);
    expect(messages.map((m) => m.toAddress).sort()).toEqual([
      'chair@belonging.test',
      'edi.lead@belonging.test',
      'ned@belonging.test',
    ]);
  });
});
