import type { TThrottleCounter } from '@belonging/domain';
import type { DbClient } from '../client.ts';
import { databaseErrorKind } from '../database-errors.ts';

// The sign-in throttle's counters and known addresses. The rules that decide what to store are
// in @belonging/domain (sign-in-throttle.ts); every write here is one statement, so counters stay
// right with several server processes and concurrent requests on either database.

const COUNTER = { count: true, windowStart: true, blockedUntil: true, expiresAt: true } as const;

export function findSignInCounter(db: DbClient, key: string): Promise<TThrottleCounter | null> {
  return db.signInCounter.findUnique({ where: { key }, select: COUNTER });
}

/**
 * Stores `next` only if the counter is still as `seen` (absent when null): a compare-and-set in
 * one statement. False when another request changed it first; read it again and decide anew.
 */
export async function replaceSignInCounter(
  db: DbClient,
  key: string,
  seen: TThrottleCounter | null,
  next: TThrottleCounter,
): Promise<boolean> {
  if (!seen) return insertSignInCounter(db, key, next);
  const { count } = await db.signInCounter.updateMany({
    where: { key, count: seen.count, windowStart: seen.windowStart },
    data: next,
  });
  return count === 1;
}

async function insertSignInCounter(db: DbClient, key: string, next: TThrottleCounter) {
  try {
    await db.signInCounter.create({ data: { key, ...next }, select: { key: true } });
    return true;
  } catch (error) {
    if (databaseErrorKind(error) === 'duplicate') return false;
    throw error;
  }
}

/**
 * Counts one more failure against a ceiling: an atomic increment while the counter's window is
 * open, else `fresh` (the domain's first failure) in place of a stale or missing counter.
 */
export async function addSignInFailure(
  db: DbClient,
  key: string,
  now: Date,
  fresh: TThrottleCounter,
): Promise<void> {
  // Each pass loses only to a request that changed the row in between; a few always suffice.
  for (let pass = 0; pass < 5; pass++) {
    const bumped = await db.signInCounter.updateMany({
      where: { key, expiresAt: { gt: now } },
      data: { count: { increment: 1 } },
    });
    if (bumped.count === 1) return;
    const restarted = await db.signInCounter.updateMany({
      where: { key, expiresAt: { lte: now } },
      data: fresh,
    });
    if (restarted.count === 1 || (await insertSignInCounter(db, key, fresh))) return;
  }
}

/** Moves a counter's wait, unless another attempt has been counted since (its count moved on). */
export async function setSignInCounterWait(
  db: DbClient,
  key: string,
  input: { count: number; blockedUntil: Date | null },
): Promise<void> {
  await db.signInCounter.updateMany({ where: { key, count: input.count }, data: input });
}

export async function deleteSignInCounter(db: DbClient, key: string): Promise<void> {
  await db.signInCounter.deleteMany({ where: { key } });
}

/** Whether this address (hashed with the user's id) or this device's session token has signed the user in before. */
export async function findSignInFamiliarity(
  db: DbClient,
  input: { userId: string; addressHash: string; sessionTokenHash: string | null },
): Promise<{ addressSignedInBefore: boolean; deviceHadSession: boolean }> {
  const [address, session] = await Promise.all([
    db.knownSignInAddress.findUnique({
      where: { userId_addressHash: { userId: input.userId, addressHash: input.addressHash } },
      select: { userId: true },
    }),
    input.sessionTokenHash
      ? db.session.findFirst({
          where: { tokenHash: input.sessionTokenHash, userId: input.userId },
          select: { id: true },
        })
      : null,
  ]);
  return { addressSignedInBefore: address !== null, deviceHadSession: session !== null };
}

/** Records a successful sign-in's address and keeps only the user's `keep` newest. */
export async function rememberSignInAddress(
  db: DbClient,
  input: { userId: string; addressHash: string; at: Date; keep: number },
): Promise<void> {
  const { userId, addressHash, at } = input;
  await db.knownSignInAddress.upsert({
    where: { userId_addressHash: { userId, addressHash } },
    create: { userId, addressHash, lastSignedInAt: at },
    update: { lastSignedInAt: at },
    select: { userId: true },
  });
  const older = await db.knownSignInAddress.findMany({
    where: { userId },
    orderBy: [{ lastSignedInAt: 'desc' }, { addressHash: 'asc' }],
    skip: input.keep,
    select: { addressHash: true },
  });
  if (older.length === 0) return;
  await db.knownSignInAddress.deleteMany({
    where: { userId, addressHash: { in: older.map((row) => row.addressHash) } },
  });
}

/** Deletes counters past their expiry and addresses not signed in from since `addressesBefore`. */
export async function deleteStaleSignInRecords(
  db: DbClient,
  input: { now: Date; addressesBefore: Date },
): Promise<{ counters: number; addresses: number }> {
  const counters = await db.signInCounter.deleteMany({ where: { expiresAt: { lte: input.now } } });
  const addresses = await db.knownSignInAddress.deleteMany({
    where: { lastSignedInAt: { lt: input.addressesBefore } },
  });
  return { counters: counters.count, addresses: addresses.count };
}
