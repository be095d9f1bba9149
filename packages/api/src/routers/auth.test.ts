import { DEMO_PASSWORD, touchSession } from '@belonging/db';
import {
  countAuditEventsMatching,
  setMustChangePassword,
  setSessionTimes,
  setUserActive,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, hashSessionToken } from '../auth/session-token.ts';
import { SignInThrottle } from '../auth/throttle.ts';
import { errorOf, fieldErrorsOf } from '../../test/support/call.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('auth procedures on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  // The throttle's counters are in the file's database: each caller gets an address of its own,
  // so one test's failures do not hold back the next.
  let lastAddress = 0;

  /** A signed-out caller that records the headers a response would carry. */
  async function anonymous(opts: { throttle?: SignInThrottle; secure?: boolean } = {}) {
    const headers: Record<string, string> = {};
    const caller = await bed.callerAs(null, {
      setHeader: (name, value) => (headers[name] = value),
      throttle: opts.throttle ?? new SignInThrottle(),
      meta: { secure: opts.secure ?? false, ip: `203.0.113.${++lastAddress}` },
    });
    return { caller, headers };
  }

  const tokenOf = (cookie: string | undefined) =>
    /^bt_session=([^;]+)/.exec(cookie ?? '')?.[1] ?? null;

  describe('signIn', () => {
    it('starts a server-side session in an HttpOnly, SameSite=Lax cookie, Secure over HTTPS, and audits it', async () => {
      const { caller, headers } = await anonymous({ secure: true });
      const before = await countAuditEventsMatching(bed.db, { operation: 'sign_in' });
      await caller.auth.signIn({ email: ' Chair@Belonging.test ', password: DEMO_PASSWORD });
      const cookie = headers['Set-Cookie'];
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Lax/);
      expect(cookie).toMatch(/Secure/);
      const me = await (await bed.callerAs(null, { sessionToken: tokenOf(cookie) })).auth.me();
      expect(me?.email).toBe(DEMO.board);
      expect(await countAuditEventsMatching(bed.db, { operation: 'sign_in' })).toBe(before + 1);
    });

    it('answers a wrong password and an unknown email with the same UNAUTHORIZED message', async () => {
      const { caller } = await anonymous();
      const wrong = await errorOf(caller.auth.signIn({ email: DEMO.board, password: 'not-it' }));
      const unknown = await errorOf(
        caller.auth.signIn({ email: 'nobody@belonging.test', password: 'not-it' }),
      );
      expect([wrong.code, unknown.code]).toEqual(['UNAUTHORIZED', 'UNAUTHORIZED']);
      expect(wrong.message).toBe(unknown.message);
    });

    it('throttles an account after five failures with TOO_MANY_REQUESTS and a Retry-After header, even for the right password', async () => {
      const throttle = new SignInThrottle();
      const { caller, headers } = await anonymous({ throttle });
      for (let i = 0; i < 5; i++)
        await errorOf(caller.auth.signIn({ email: DEMO.networkRep, password: 'guess' }));
      const error = await errorOf(
        caller.auth.signIn({ email: DEMO.networkRep, password: DEMO_PASSWORD }),
      );
      expect(error.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(headers['Retry-After'])).toBeGreaterThan(0);
    });

    it('lets at most five of 30 concurrent wrong-password attempts be checked; the rest are TOO_MANY_REQUESTS', async () => {
      const { caller } = await anonymous({ throttle: new SignInThrottle() });
      const errors = await Promise.all(
        Array.from({ length: 30 }, () =>
          errorOf(caller.auth.signIn({ email: DEMO.networkRep, password: 'guess' })),
        ),
      );
      const codes = errors.map((e) => e.code);
      expect(codes.filter((c) => c === 'UNAUTHORIZED')).toHaveLength(5);
      expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(25);
    });

    it('starts an account afresh after a correct password, and a success does not use up the address budget', async () => {
      const throttle = new SignInThrottle({ pairFreeFailures: 2, addressCeiling: 3 });
      const { caller } = await anonymous({ throttle });
      await errorOf(caller.auth.signIn({ email: DEMO.board, password: 'guess' }));
      for (let i = 0; i < 3; i++)
        await caller.auth.signIn({ email: DEMO.board, password: DEMO_PASSWORD });
      expect(
        (await errorOf(caller.auth.signIn({ email: DEMO.board, password: 'guess' }))).code,
      ).toBe('UNAUTHORIZED');
    });

    it('refuses a deactivated user', async () => {
      const email = 'medical.director@belonging.test';
      await setUserActive(bed.db, email, false);
      try {
        expect(
          (
            await errorOf(
              (await anonymous()).caller.auth.signIn({ email, password: DEMO_PASSWORD }),
            )
          ).code,
        ).toBe('UNAUTHORIZED');
      } finally {
        await setUserActive(bed.db, email, true);
      }
    });

    it('names the field of a malformed email', async () => {
      const error = await errorOf(
        (await anonymous()).caller.auth.signIn({ email: 'not-an-email', password: 'x' }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/email address in the correct format/);
    });
  });

  describe('me and session expiry', () => {
    it('is null when signed out, and names the user, roles and trust when signed in', async () => {
      expect(await (await bed.callerAs(null)).auth.me()).toBeNull();
      expect(await (await bed.callerAs(DEMO.admin)).auth.me()).toMatchObject({
        email: DEMO.admin,
        roles: ['edi_admin'],
        organisation: { id: bed.organisationId, isDemo: true },
      });
    });

    it('ends a session after two idle hours, and each use restarts the idle clock', async () => {
      const token = await bed.sessionTokenFor(DEMO.board);
      const at = (ms: number) =>
        bed.callerAs(null, { sessionToken: token, now: () => new Date(Date.now() + ms) });
      expect(await (await at(SESSION_IDLE_MS - 60_000)).auth.me()).not.toBeNull();
      expect(await (await at(2 * SESSION_IDLE_MS - 120_000)).auth.me()).not.toBeNull();
      expect(await (await at(3 * SESSION_IDLE_MS)).auth.me()).toBeNull();
    });

    it('ends a session twelve hours after sign-in however recently it was used', async () => {
      const token = await bed.sessionTokenFor(DEMO.board);
      const later = Date.now() + SESSION_ABSOLUTE_MS + 60_000;
      await setSessionTimes(bed.db, hashSessionToken(token), {
        lastSeenAt: new Date(later - 10 * 60_000),
        expiresAt: new Date(later + 60_000),
      });
      const caller = await bed.callerAs(null, { sessionToken: token, now: () => new Date(later) });
      expect((await errorOf(caller.period.list())).code).toBe('UNAUTHORIZED');
    });
  });

  describe('signOut', () => {
    it('ends the session and clears the cookie', async () => {
      const token = await bed.sessionTokenFor(DEMO.board);
      const headers: Record<string, string> = {};
      await (
        await bed.callerAs(null, { sessionToken: token, setHeader: (n, v) => (headers[n] = v) })
      ).auth.signOut();
      expect(headers['Set-Cookie']).toMatch(/Max-Age=0/);
      expect(await (await bed.callerAs(null, { sessionToken: token })).auth.me()).toBeNull();
    });

    it('clears the cookie of an expired session too, and of a caller with no session, writing no audit event', async () => {
      const token = await bed.sessionTokenFor(DEMO.board);
      const later = Date.now() + SESSION_ABSOLUTE_MS + 60_000;
      for (const sessionToken of [token, null]) {
        const headers: Record<string, string> = {};
        const before = await countAuditEventsMatching(bed.db, { operation: 'sign_out' });
        const caller = await bed.callerAs(null, {
          sessionToken,
          now: () => new Date(later),
          setHeader: (n, v) => (headers[n] = v),
        });
        expect(await caller.auth.signOut()).toEqual({ ok: true, providerLogoutUrl: null });
        expect(headers['Set-Cookie']).toMatch(/^bt_session=;.*Max-Age=0/);
        expect(await countAuditEventsMatching(bed.db, { operation: 'sign_out' })).toBe(before);
      }
    });

    it('touching a session deleted meanwhile is not an error', async () => {
      await expect(
        touchSession(bed.db, 'a-session-signed-out-meanwhile', new Date()),
      ).resolves.toBeUndefined();
    });
  });

  describe('changePassword', () => {
    it('refuses a wrong current password, naming the field, and a short new one', async () => {
      const caller = await bed.callerAs(DEMO.otherOwner);
      const wrong = await errorOf(
        caller.auth.changePassword({
          currentPassword: 'wrong',
          newPassword: 'a-long-enough-password',
        }),
      );
      expect(wrong.code).toBe('BAD_REQUEST');
      expect(Object.keys(fieldErrorsOf(wrong))).toEqual(['currentPassword']);
      const short = await errorOf(
        caller.auth.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: 'short' }),
      );
      expect(short.message).toMatch(/at least 12 characters/);
      expect(
        (
          await errorOf(
            (await bed.callerAs(null)).auth.changePassword({
              currentPassword: 'a',
              newPassword: 'b'.repeat(12),
            }),
          )
        ).code,
      ).toBe('UNAUTHORIZED');
    });

    it('throttles current-password guesses per user: after five wrong ones even the right one is TOO_MANY_REQUESTS', async () => {
      const throttle = new SignInThrottle();
      const token = await bed.sessionTokenFor(DEMO.owner);
      const headers: Record<string, string> = {};
      const caller = await bed.callerAs(null, {
        sessionToken: token,
        throttle,
        setHeader: (n, v) => (headers[n] = v),
      });
      const codes = await Promise.all(
        Array.from({ length: 8 }, () =>
          errorOf(
            caller.auth.changePassword({
              currentPassword: 'guess',
              newPassword: 'a-long-enough-password',
            }),
          ),
        ),
      );
      expect(codes.filter((e) => e.code === 'BAD_REQUEST')).toHaveLength(5);
      const right = await errorOf(
        caller.auth.changePassword({
          currentPassword: DEMO_PASSWORD,
          newPassword: 'a-long-enough-password',
        }),
      );
      expect(right.code).toBe('TOO_MANY_REQUESTS');
      expect(Number(headers['Retry-After'])).toBeGreaterThan(0);
    });

    it('with a temporary password refuses everything but me, changePassword and signOut, until it is changed', async () => {
      const email = 'medical.director@belonging.test';
      await setMustChangePassword(bed.db, email, true);
      const token = await bed.sessionTokenFor(email);
      const caller = await bed.callerAs(null, { sessionToken: token });
      const refused = await errorOf(caller.strategy.tree({}));
      expect(refused.code).toBe('FORBIDDEN');
      expect(refused.message).toBe('Change your temporary password first.');
      expect(await caller.auth.me()).toMatchObject({ email, mustChangePassword: true });
      await caller.auth.changePassword({
        currentPassword: DEMO_PASSWORD,
        newPassword: 'a-password-of-my-own',
      });
      const after = await bed.callerAs(null, { sessionToken: token });
      expect((await after.strategy.tree({})).ambitions.length).toBeGreaterThan(0);
      expect(await after.auth.me()).toMatchObject({ mustChangePassword: false });
    });

    it('changes the password and ends the user’s other sessions', async () => {
      const other = await bed.sessionTokenFor(DEMO.otherOwner);
      await (
        await bed.callerAs(DEMO.otherOwner)
      ).auth.changePassword({
        currentPassword: DEMO_PASSWORD,
        newPassword: 'a-brand-new-password',
      });
      expect(await (await bed.callerAs(null, { sessionToken: other })).auth.me()).toBeNull();
      const { caller } = await anonymous();
      await caller.auth.signIn({ email: DEMO.otherOwner, password: 'a-brand-new-password' });
      expect(
        (await errorOf(caller.auth.signIn({ email: DEMO.otherOwner, password: DEMO_PASSWORD })))
          .code,
      ).toBe('UNAUTHORIZED');
    });
  });
});
