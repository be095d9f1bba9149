import { firstFailure } from '@belonging/domain';
import {
  createTestDatabase,
  demoTrustAsOf,
  testProviders,
  type DemoTestDatabase,
} from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserForSignIn } from './sessions.ts';
import {
  addSignInFailure,
  deleteStaleSignInRecords,
  findSignInCounter,
  findSignInFamiliarity,
  rememberSignInAddress,
  replaceSignInCounter,
} from './sign-in-throttle.ts';

const NOW = new Date('2026-12-03T12:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const MINUTE = 60_000;

describe.each(testProviders())('the sign-in throttle’s counters on %s', (provider) => {
  let bed: DemoTestDatabase;
  let userId: string;

  beforeAll(async () => {
    bed = await createTestDatabase(provider, demoTrustAsOf(NOW));
    const user = await findUserForSignIn(bed.db, 'chair@belonging.test');
    if (!user) throw new Error('The demo trust has no chair.');
    userId = user.id;
  });
  afterAll(() => bed.drop());

  it('counts twenty concurrent failures on one key exactly, whoever writes first', async () => {
    await Promise.all(
      Array.from({ length: 20 }, () =>
        addSignInFailure(bed.db, 'concurrent', NOW, firstFailure(NOW, MINUTE)),
      ),
    );
    expect(await findSignInCounter(bed.db, 'concurrent')).toMatchObject({
      count: 20,
      windowStart: NOW,
      expiresAt: at(MINUTE),
    });
  });

  it('starts a stale counter afresh rather than adding to it', async () => {
    await addSignInFailure(bed.db, 'stale', NOW, firstFailure(NOW, MINUTE));
    await addSignInFailure(bed.db, 'stale', NOW, firstFailure(NOW, MINUTE));
    const later = at(MINUTE);
    await addSignInFailure(bed.db, 'stale', later, firstFailure(later, MINUTE));
    expect(await findSignInCounter(bed.db, 'stale')).toMatchObject({
      count: 1,
      windowStart: later,
    });
  });

  it('stores a counter only if it is still as it was read: one of two racing writers wins', async () => {
    const next = { count: 1, windowStart: NOW, blockedUntil: null, expiresAt: at(MINUTE) };
    const inserted = await Promise.all([
      replaceSignInCounter(bed.db, 'race', null, next),
      replaceSignInCounter(bed.db, 'race', null, next),
    ]);
    expect(inserted.sort()).toEqual([false, true]);
    const seen = await findSignInCounter(bed.db, 'race');
    const second = { ...next, count: 2, blockedUntil: at(1000) };
    const replaced = await Promise.all([
      replaceSignInCounter(bed.db, 'race', seen, second),
      replaceSignInCounter(bed.db, 'race', seen, second),
    ]);
    expect(replaced.sort()).toEqual([false, true]);
    expect(await findSignInCounter(bed.db, 'race')).toEqual(second);
  });

  it('keeps only a user’s newest sign-in addresses, and knows them', async () => {
    for (let i = 0; i < 4; i++)
      await rememberSignInAddress(bed.db, { userId, addressHash: `a${i}`, at: at(i), keep: 3 });
    await rememberSignInAddress(bed.db, { userId, addressHash: 'a1', at: at(9), keep: 3 });
    const knows = async (addressHash: string) =>
      (await findSignInFamiliarity(bed.db, { userId, addressHash, sessionTokenHash: null }))
        .addressSignedInBefore;
    expect([await knows('a0'), await knows('a1'), await knows('a2'), await knows('a3')]).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });

  it('remembers an address once when several sign-ins from it land together', async () => {
    const remember = () =>
      rememberSignInAddress(bed.db, { userId, addressHash: 'together', at: at(1), keep: 3 });
    await expect(Promise.all(Array.from({ length: 10 }, remember))).resolves.toHaveLength(10);
  });

  it('deletes expired counters and addresses unused since the cut-off, and nothing else', async () => {
    const fresh = { count: 1, windowStart: NOW, blockedUntil: null, expiresAt: at(10 * MINUTE) };
    await replaceSignInCounter(bed.db, 'fresh', null, fresh);
    const swept = await deleteStaleSignInRecords(bed.db, {
      now: at(5 * MINUTE),
      addressesBefore: at(5),
    });
    expect(swept.counters).toBeGreaterThanOrEqual(3);
    expect(swept.addresses).toBe(2);
    expect(await findSignInCounter(bed.db, 'fresh')).toEqual(fresh);
    expect(await findSignInCounter(bed.db, 'concurrent')).toBeNull();
  });
});
