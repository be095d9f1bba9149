import { createHash } from 'node:crypto';
import { deleteStaleSignInRecords, type DbClient } from '@belonging/db';
import { DEFAULT_SIGN_IN_LIMITS, type TSignInLimits } from '@belonging/domain';

/** How often one server process sweeps stale throttle counters and forgotten addresses away. */
const SWEEP_EVERY_MS = 10 * 60_000;

/**
 * The sign-in throttle's limits (rules in @belonging/domain sign-in-throttle.ts). Its counters are
 * in the database, so they survive a restart and are shared by every server process; this object
 * only remembers when this process last swept the stale ones away.
 */
export class SignInThrottle {
  readonly limits: TSignInLimits;
  private nextSweepAt = 0;

  constructor(limits: Partial<TSignInLimits> = {}) {
    this.limits = { ...DEFAULT_SIGN_IN_LIMITS, ...limits };
  }

  /** Deletes expired counters and long-unused addresses, at most once per interval per process. */
  async sweepIfDue(db: DbClient, now: Date): Promise<void> {
    if (now.getTime() < this.nextSweepAt) return;
    this.nextSweepAt = now.getTime() + SWEEP_EVERY_MS;
    await deleteStaleSignInRecords(db, {
      now,
      addressesBefore: new Date(now.getTime() - this.limits.knownAddressMemoryMs),
    });
  }
}

// Keys are hashes so that the tables hold no email or address in plain text; the parts are
// joined with a character neither can contain.
const hashOf = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest('hex');

/** The counters a sign-in attempt for `email` from `address` touches. */
export function signInKeys(email: string, address: string) {
  return {
    pair: hashOf('sign-in pair', email, address),
    account: hashOf('sign-in account', email),
    address: hashOf('sign-in address', address),
  };
}

export type SignInKeys = ReturnType<typeof signInKeys>;

export const passwordChangeKey = (userId: string) => hashOf('password change', userId);

/** A known sign-in address, hashed with the user's id so one address looks different per user. */
export const knownAddressHash = (userId: string, address: string) =>
  hashOf('known address', userId, address);
