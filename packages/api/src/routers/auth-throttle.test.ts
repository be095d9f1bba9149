import { DEMO_PASSWORD } from '@belonging/db';
import {
  countKnownSignInAddresses,
  countSignInCounters,
  testProviders,
} from '@belonging/db/testing';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { SignInThrottle } from '../auth/throttle.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

describe.each(testProviders())('the sign-in throttle on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  // Each test has addresses of its own, and a clock it moves by hand from a start of its own. A
  // throttle object stands for one server process: a new one is a restart or another process.
  let lastAddress = 0;
  const newAddress = () => `198.51.100.${++lastAddress}`;
  let lastStart = 0;
  const newClock = () => ({ t: Date.now() + ++lastStart * 30 * DAY });

  type Clock = { t: number };
  type From = { ip: string; clock: Clock; throttle?: SignInThrottle; sessionToken?: string };

  /** One sign-in attempt from an address at the clock's time, with the answer's headers. */
  async function attempt(email: string, password: string, from: From) {
    const headers: Record<string, string> = {};
    const caller = await bed.callerAs(null, {
      meta: { ip: from.ip },
      now: () => new Date(from.clock.t),
      setHeader: (name, value) => (headers[name] = value),
      throttle: from.throttle ?? new SignInThrottle(),
      sessionToken: from.sessionToken ?? null,
    });
    try {
      await caller.auth.signIn({ email, password });
      return { code: 'OK', message: '', retryAfter: null };
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      return {
        code: error.code,
        message: error.message,
        retryAfter: headers['Retry-After'] ?? null,
      };
    }
  }

  it('lets the owner in with the right password after an attacker’s five, and twenty, wrong tries from another address', async () => {
    const clock = newClock();
    const throttle = new SignInThrottle();
    const attacker = { ip: newAddress(), clock, throttle };
    const owner = { ip: newAddress(), clock, throttle };
    for (let i = 0; i < 5; i++)
      expect((await attempt(DEMO.owner, 'guess', attacker)).code).toBe('UNAUTHORIZED');
    expect((await attempt(DEMO.owner, DEMO_PASSWORD, owner)).code).toBe('OK');
    // Fifteen more, each checked: the clock passes every wait.
    for (let i = 0; i < 15; i++) {
      clock.t += 16 * MINUTE;
      expect((await attempt(DEMO.owner, 'guess', attacker)).code).toBe('UNAUTHORIZED');
    }
    expect((await attempt(DEMO.owner, DEMO_PASSWORD, owner)).code).toBe('OK');
  });

  it('delays the attacker’s pair growingly after five failures, the right password too, saying when to try again', async () => {
    const clock = newClock();
    const attacker = { ip: newAddress(), clock, throttle: new SignInThrottle() };
    for (let i = 0; i < 5; i++) await attempt(DEMO.board, 'guess', attacker);
    const waits: (string | null)[] = [];
    for (const [pause, wait] of [
      [0, 1],
      [1, 2],
      [2, 4],
      [4, 8],
    ] as const) {
      clock.t += pause * SECOND;
      if (pause) expect((await attempt(DEMO.board, 'guess', attacker)).code).toBe('UNAUTHORIZED');
      const refused = await attempt(DEMO.board, DEMO_PASSWORD, attacker);
      expect(refused.code).toBe('TOO_MANY_REQUESTS');
      expect(refused.message).toBe(
        `Too many attempts. Try again in ${wait} second${wait > 1 ? 's' : ''}.`,
      );
      waits.push(refused.retryAfter);
    }
    expect(waits).toEqual(['1', '2', '4', '8']);
    clock.t += 8 * SECOND;
    expect((await attempt(DEMO.board, DEMO_PASSWORD, attacker)).code).toBe('OK');
  });

  it('lets another person sign in from a shared address after twenty failures from it across accounts', async () => {
    const proxy = { ip: newAddress(), clock: newClock(), throttle: new SignInThrottle() };
    for (let i = 0; i < 20; i++)
      expect((await attempt(`someone.${i}@belonging.test`, 'guess', proxy)).code).toBe(
        'UNAUTHORIZED',
      );
    expect((await attempt(DEMO.networkRep, DEMO_PASSWORD, proxy)).code).toBe('OK');
  });

  it('holds back an address spraying many accounts at its loose ceiling, but not an account that signed in from it before', async () => {
    const throttle = new SignInThrottle({ addressCeiling: 5 });
    const proxy = { ip: newAddress(), clock: newClock(), throttle };
    expect((await attempt(DEMO.board, DEMO_PASSWORD, proxy)).code).toBe('OK');
    for (let i = 0; i < 5; i++) await attempt(`sprayed.${i}@belonging.test`, 'guess', proxy);
    expect(await attempt('sprayed.5@belonging.test', 'guess', proxy)).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfter: '900',
    });
    expect((await attempt(DEMO.admin, DEMO_PASSWORD, proxy)).code).toBe('TOO_MANY_REQUESTS');
    expect((await attempt(DEMO.board, DEMO_PASSWORD, proxy)).code).toBe('OK');
  });

  it('holds an unknown address back at the account ceiling, but not an address or device that signed in before, nor reveals the account', async () => {
    const throttle = new SignInThrottle({ accountCeiling: 4 });
    const clock = newClock();
    const known = { ip: newAddress(), clock, throttle };
    expect((await attempt(DEMO.otherOwner, DEMO_PASSWORD, known)).code).toBe('OK');
    const token = await bed.sessionTokenFor(DEMO.otherOwner);
    for (const email of [DEMO.otherOwner, 'nobody.here@belonging.test'])
      for (let i = 0; i < 4; i++)
        await attempt(email, 'guess', { ip: newAddress(), clock, throttle });

    const fromNowhere = await attempt(DEMO.otherOwner, DEMO_PASSWORD, {
      ip: newAddress(),
      clock,
      throttle,
    });
    expect(fromNowhere).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfter: '3600' });
    expect(fromNowhere.message).toBe('Too many attempts. Try again in 60 minutes.');
    const noAccount = await attempt('nobody.here@belonging.test', 'guess', {
      ip: newAddress(),
      clock,
      throttle,
    });
    expect(noAccount).toMatchObject({ code: fromNowhere.code, message: fromNowhere.message });

    expect((await attempt(DEMO.otherOwner, DEMO_PASSWORD, known)).code).toBe('OK');
    const device = { ip: newAddress(), clock, throttle, sessionToken: token };
    expect((await attempt(DEMO.otherOwner, DEMO_PASSWORD, device)).code).toBe('OK');
  });

  it('keeps the counters across a restart and shares them between server processes', async () => {
    const clock = newClock();
    const ip = newAddress();
    const [first, second] = [new SignInThrottle(), new SignInThrottle()];
    const codes = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        attempt(DEMO.admin, 'guess', { ip, clock, throttle: i % 2 ? first : second }).then(
          (r) => r.code,
        ),
      ),
    );
    expect(codes.filter((c) => c === 'UNAUTHORIZED')).toHaveLength(5);
    const restarted = await attempt(DEMO.admin, DEMO_PASSWORD, { ip, clock });
    expect(restarted.code).toBe('TOO_MANY_REQUESTS');
  });

  it('sweeps stale counters and long-unused addresses away', async () => {
    const clock = newClock();
    const ip = newAddress();
    expect((await attempt(DEMO.networkRep, DEMO_PASSWORD, { ip, clock })).code).toBe('OK');
    await attempt(DEMO.networkRep, 'guess', { ip: newAddress(), clock });
    expect(await countSignInCounters(bed.db)).toBeGreaterThanOrEqual(3);
    const userId = await bed.userId(DEMO.networkRep);
    const addressesBefore = await countKnownSignInAddresses(bed.db, userId);

    clock.t += 2 * DAY;
    expect((await attempt(DEMO.networkRep, DEMO_PASSWORD, { ip, clock })).code).toBe('OK');
    expect(await countSignInCounters(bed.db)).toBe(0);
    expect(await countKnownSignInAddresses(bed.db, userId)).toBe(addressesBefore);

    clock.t += 91 * DAY;
    expect((await attempt(DEMO.networkRep, DEMO_PASSWORD, { ip: newAddress(), clock })).code).toBe(
      'OK',
    );
    expect(await countKnownSignInAddresses(bed.db, userId)).toBe(1);
  });
});
