import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIGN_IN_LIMITS as LIMITS,
  admitPairAttempt,
  admitWindowAttempt,
  ceilingWaitMs,
  firstFailure,
  isKnownSignIn,
  pairBlockedUntil,
  pairDelayMs,
  retryAfterSeconds,
  tooManyAttemptsMessage,
  type TThrottleCounter,
} from './sign-in-throttle.ts';

const NOW = new Date('2026-12-03T09:00:00Z');
const at = (ms: number) => new Date(NOW.getTime() + ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

function counter(count: number, extra: Partial<TThrottleCounter> = {}): TThrottleCounter {
  return { count, windowStart: at(-MINUTE), blockedUntil: null, expiresAt: at(MINUTE), ...extra };
}

describe('the delay after a pair’s failures', () => {
  it.each([
    ['none after the first failure', 1, 0],
    ['none after the fourth', 4, 0],
    ['one second after the fifth, the last free one', 5, SECOND],
    ['two seconds after the sixth', 6, 2 * SECOND],
    ['four seconds after the seventh', 7, 4 * SECOND],
    ['eight and a half minutes after the fourteenth', 14, 512 * SECOND],
    ['capped at fifteen minutes from the fifteenth', 15, 15 * MINUTE],
    ['still fifteen minutes after a thousand', 1000, 15 * MINUTE],
  ] as const)('is %s', (_name, failures, delay) => {
    expect(pairDelayMs(failures, LIMITS)).toBe(delay);
    expect(pairBlockedUntil(failures, NOW, LIMITS)).toEqual(delay ? at(delay) : null);
  });

  it('never shrinks as failures grow, and never passes the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), (n) => {
        const delay = pairDelayMs(n, LIMITS);
        expect(pairDelayMs(n + 1, LIMITS)).toBeGreaterThanOrEqual(delay);
        expect(delay).toBeLessThanOrEqual(LIMITS.pairMaxDelayMs);
      }),
    );
  });
});

describe('admitting a pair’s attempt', () => {
  it.each([
    [
      'admits the first attempt of a new pair, with no wait',
      null,
      0,
      { count: 1, blockedUntil: null },
    ],
    ['admits the fourth, still free', counter(3), 0, { count: 4, blockedUntil: null }],
    [
      'admits the fifth and makes the next wait a second',
      counter(4),
      0,
      { count: 5, blockedUntil: at(SECOND) },
    ],
    [
      'refuses while the pair waits, saying how long',
      counter(5, { blockedUntil: at(SECOND) }),
      SECOND,
      null,
    ],
    [
      'admits the sixth once the wait is over, doubling it',
      counter(5, { blockedUntil: NOW }),
      0,
      { count: 6, blockedUntil: at(2 * SECOND) },
    ],
    [
      'starts afresh once the pair has been quiet past its memory',
      counter(40, { blockedUntil: at(MINUTE), expiresAt: NOW }),
      0,
      { count: 1, blockedUntil: null },
    ],
  ] as const)('%s', (_name, stored, waitMs, next) => {
    const decision = admitPairAttempt(stored, NOW, LIMITS);
    if (!next) return expect(decision).toEqual({ admitted: false, waitMs });
    expect(decision).toMatchObject({ admitted: true, next });
    if (decision.admitted) expect(decision.next.expiresAt).toEqual(at(LIMITS.pairMemoryMs));
  });
});

describe('admitting a password change against its plain limit', () => {
  const rule = { limit: 5, windowMs: 15 * MINUTE };
  it.each([
    [
      'admits the first, opening a window',
      null,
      { admitted: true, next: { count: 1, windowStart: NOW, expiresAt: at(15 * MINUTE) } },
    ],
    [
      'admits the fifth in the same window',
      counter(4),
      { admitted: true, next: { count: 5, expiresAt: at(14 * MINUTE) } },
    ],
    ['refuses the sixth until the window ends', counter(5), { admitted: false, waitMs: MINUTE }],
    [
      'admits again once the window has ended',
      counter(5, { expiresAt: NOW }),
      { admitted: true, next: { count: 1 } },
    ],
  ] as const)('%s', (_name, stored, decision) => {
    expect(admitWindowAttempt(stored, NOW, rule)).toMatchObject(decision);
  });

  it('starts a ceiling’s window with its first failure', () => {
    expect(firstFailure(NOW, MINUTE)).toEqual({
      count: 1,
      windowStart: NOW,
      blockedUntil: null,
      expiresAt: at(MINUTE),
    });
  });
});

describe('the account and address ceilings', () => {
  const full = (ceiling: number) => counter(ceiling, { expiresAt: at(10 * MINUTE) });
  it.each([
    ['hold nothing back under both ceilings', counter(49), counter(99), false, 0],
    [
      'hold an unknown place back until the account’s window ends',
      full(50),
      null,
      false,
      10 * MINUTE,
    ],
    ['hold an unknown place back at the address ceiling', null, full(100), false, 10 * MINUTE],
    ['never hold back an address or device that signed in before', full(50), full(100), true, 0],
    ['forget a full window once it has ended', counter(50, { expiresAt: NOW }), null, false, 0],
    [
      'let twenty failures from one address pass, as a shared proxy sees',
      null,
      counter(20),
      false,
      0,
    ],
  ] as const)('%s', (_name, account, address, isKnown, wait) => {
    expect(ceilingWaitMs({ account, address }, NOW, LIMITS, isKnown)).toBe(wait);
  });

  it.each([
    [false, false, false],
    [true, false, true],
    [false, true, true],
  ] as const)('counts as known: address before %s, device session %s → %s', (a, d, known) => {
    expect(isKnownSignIn({ addressSignedInBefore: a, deviceHadSession: d })).toBe(known);
  });
});

describe('the words of a refusal', () => {
  it.each([
    [1, 1, 'Too many attempts. Try again in 1 second.'],
    [1500, 2, 'Too many attempts. Try again in 2 seconds.'],
    [59 * SECOND, 59, 'Too many attempts. Try again in 59 seconds.'],
    [60 * SECOND, 60, 'Too many attempts. Try again in 1 minute.'],
    [14 * MINUTE + 1, 841, 'Try again in 15 minutes.'],
  ] as const)('after %i ms: Retry-After %i and “%s”', (waitMs, seconds, words) => {
    expect(retryAfterSeconds(waitMs)).toBe(seconds);
    expect(tooManyAttemptsMessage(waitMs)).toContain(words);
  });
});
