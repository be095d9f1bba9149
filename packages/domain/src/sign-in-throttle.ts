/**
 * How many password checks a caller may have, so that guessing is slow but nobody can lock a
 * real owner out. Three counters guard a sign-in:
 * - the (account, address) pair: a few free failures, then growing delays up to a cap;
 * - the account: a loose ceiling of failures from anywhere, which holds back only addresses and
 *   devices that have not signed in to the account before;
 * - the address: a looser ceiling of failures across accounts (password spraying), which likewise
 *   spares a known address or device, so a shared proxy does not lock everyone out.
 * Changing a password (the caller is signed in) has one counter per user with a plain limit.
 */
export type TSignInLimits = {
  /** Failures a pair may have before each further attempt waits. */
  pairFreeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further one. */
  pairFirstDelayMs: number;
  pairMaxDelayMs: number;
  /** A pair with no attempt for this long starts afresh. */
  pairMemoryMs: number;
  accountCeiling: number;
  accountWindowMs: number;
  addressCeiling: number;
  addressWindowMs: number;
  changePasswordLimit: number;
  changePasswordWindowMs: number;
  /** The newest addresses kept per user, and how long one is remembered after its last sign-in. */
  knownAddressesPerUser: number;
  knownAddressMemoryMs: number;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const DEFAULT_SIGN_IN_LIMITS: TSignInLimits = {
  pairFreeFailures: 5,
  pairFirstDelayMs: 1000,
  pairMaxDelayMs: 15 * MINUTE,
  pairMemoryMs: 24 * HOUR,
  accountCeiling: 50,
  accountWindowMs: HOUR,
  addressCeiling: 100,
  addressWindowMs: 15 * MINUTE,
  changePasswordLimit: 5,
  changePasswordWindowMs: 15 * MINUTE,
  knownAddressesPerUser: 10,
  knownAddressMemoryMs: 90 * 24 * HOUR,
};

/** A stored counter: attempts since windowStart, no check before blockedUntil, stale from expiresAt. */
export type TThrottleCounter = {
  count: number;
  windowStart: Date;
  blockedUntil: Date | null;
  expiresAt: Date;
};

/** Admitted with the counter to store, or refused with the time to wait. */
export type TThrottleDecision =
  { admitted: true; next: TThrottleCounter } | { admitted: false; waitMs: number };

const live = (counter: TThrottleCounter | null, now: Date) =>
  counter && counter.expiresAt.getTime() > now.getTime() ? counter : null;

/** The wait after a pair's `failures`-th attempt: none while free, then 1 s, 2 s, 4 s … up to the cap. */
export function pairDelayMs(failures: number, limits: TSignInLimits): number {
  const past = failures - limits.pairFreeFailures;
  if (past < 0) return 0;
  // Past ~40 doublings the number means nothing but the cap; stop before it overflows.
  return Math.min(limits.pairFirstDelayMs * 2 ** Math.min(past, 40), limits.pairMaxDelayMs);
}

/** When a pair whose `failures`-th attempt ended at `at` may try again, or null for at once. */
export function pairBlockedUntil(failures: number, at: Date, limits: TSignInLimits): Date | null {
  const delay = pairDelayMs(failures, limits);
  return delay > 0 ? new Date(at.getTime() + delay) : null;
}

/**
 * A pair's next attempt, counted before its password is checked so that concurrent attempts
 * cannot all slip through: refused while the pair waits, otherwise counted and, past the free
 * failures, made to wait from now (the wait restarts when the check has failed).
 */
export function admitPairAttempt(
  counter: TThrottleCounter | null,
  now: Date,
  limits: TSignInLimits,
): TThrottleDecision {
  const current = live(counter, now);
  const wait = current?.blockedUntil ? current.blockedUntil.getTime() - now.getTime() : 0;
  if (wait > 0) return { admitted: false, waitMs: wait };
  const count = (current?.count ?? 0) + 1;
  return {
    admitted: true,
    next: {
      count,
      windowStart: current?.windowStart ?? now,
      blockedUntil: pairBlockedUntil(count, now, limits),
      expiresAt: new Date(now.getTime() + limits.pairMemoryMs),
    },
  };
}

/** An attempt against a plain limit per fixed window (a password change): refused at the limit. */
export function admitWindowAttempt(
  counter: TThrottleCounter | null,
  now: Date,
  rule: { limit: number; windowMs: number },
): TThrottleDecision {
  const current = live(counter, now);
  if (current && current.count >= rule.limit)
    return { admitted: false, waitMs: current.expiresAt.getTime() - now.getTime() };
  const windowStart = current?.windowStart ?? now;
  return {
    admitted: true,
    next: {
      count: (current?.count ?? 0) + 1,
      windowStart,
      blockedUntil: null,
      expiresAt: new Date(windowStart.getTime() + rule.windowMs),
    },
  };
}

/** The counter a failure starts when there is none (or only a stale one) for a ceiling's window. */
export function firstFailure(now: Date, windowMs: number): TThrottleCounter {
  return {
    count: 1,
    windowStart: now,
    blockedUntil: null,
    expiresAt: new Date(now.getTime() + windowMs),
  };
}

/** A correct password from an address or device that signed in to the account before. */
export function isKnownSignIn(place: {
  addressSignedInBefore: boolean;
  deviceHadSession: boolean;
}) {
  return place.addressSignedInBefore || place.deviceHadSession;
}

/**
 * How long the account and address ceilings hold an attempt back: until the fuller window ends,
 * or not at all for a known address or device, so an attacker elsewhere cannot lock its owner out.
 */
export function ceilingWaitMs(
  counters: { account: TThrottleCounter | null; address: TThrottleCounter | null },
  now: Date,
  limits: TSignInLimits,
  isKnown: boolean,
): number {
  if (isKnown) return 0;
  const waitFor = (counter: TThrottleCounter | null, ceiling: number) => {
    const current = live(counter, now);
    return current && current.count >= ceiling ? current.expiresAt.getTime() - now.getTime() : 0;
  };
  return Math.max(
    waitFor(counters.account, limits.accountCeiling),
    waitFor(counters.address, limits.addressCeiling),
  );
}

/** The Retry-After header's whole seconds: at least one. */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}

/** The refusal in words that say when to try again, and nothing about the account. */
export function tooManyAttemptsMessage(waitMs: number): string {
  const seconds = retryAfterSeconds(waitMs);
  if (seconds < 60) return `Too many attempts. Try again in ${plural(seconds, 'second')}.`;
  return `Too many attempts. Try again in ${plural(Math.ceil(seconds / 60), 'minute')}.`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
