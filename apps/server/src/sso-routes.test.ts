import { createHash } from 'node:crypto';
import { sealSecret, SingleSignOn, type SsoEnv } from '@belonging/api';
import { startOidcProvider, type TestOidcProvider } from '@belonging/api/testing/oidc-provider';
import {
  countAuditEventsMatching,
  countUsersWithEmail,
  createTestDatabase,
  demoTrustAsOf,
  readRoles,
  readSsoAttempts,
  setTrustSignIn,
  setUserActive,
  testProviders,
  type DemoTestDatabase,
} from '@belonging/db/testing';
import { DEMO_PASSWORD, findUserForSignIn } from '@belonging/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test/app-server.ts';
import { captureLogs } from '../test/log-capture.ts';
import { Browser, freePort } from '../test/sso-browser.ts';
import { callTrpc } from '../test/trpc-client.ts';

const OWNER = 'chief.people@belonging.test';
const ADMIN = 'edi.lead@belonging.test';
const CLIENT = { clientId: 'tracker', clientSecret: 'tracker-client-secret' };
const TRUST = 'demo-partnership';

const refusedWith = (code: string) => `/sign-in?sso_error=${code}`;

describe.each(testProviders())('single sign-on over HTTP on %s', (provider) => {
  let database: DemoTestDatabase;
  let oidc: TestOidcProvider;
  let server: TestServer;
  let appOrigin: string;
  let env: SsoEnv;
  const logs = captureLogs();
  const extra: { close: () => Promise<void> }[] = [];

  const startUrl = (next = '/actions') =>
    `${server.url}/auth/sso/start?trust=${TRUST}&next=${encodeURIComponent(next)}`;
  const sessionCookieOf = (res: Response) =>
    res.headers.getSetCookie().find((c) => c.startsWith('bt_session=') && !/Max-Age=0/.test(c));
  const me = async (browser: Browser) => {
    const token = browser.cookie(server.url, 'bt_session');
    const answer = await callTrpc(server.url, 'query', 'auth.me', undefined, `bt_session=${token}`);
    return answer.body as { email: string } | null;
  };
  /** Through the provider's login page and back to the app's callback: the answer to the callback. */
  const signInAs = async (login: string, browser = new Browser()) => {
    const callback = await browser.signInAtProvider(startUrl(), login);
    expect(callback.startsWith(`${appOrigin}/auth/sso/callback?`)).toBe(true);
    return { browser, callback, res: await browser.go(callback) };
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider, demoTrustAsOf(new Date()));
    const port = await freePort();
    appOrigin = `http://127.0.0.1:${port}`;
    oidc = await startOidcProvider({
      clients: [
        {
          ...CLIENT,
          redirectUris: [`${appOrigin}/auth/sso/callback`],
          postLogoutRedirectUris: [`${appOrigin}/sign-in`],
        },
        {
          clientId: 'other-app',
          clientSecret: 'other-app-secret',
          redirectUris: ['http://127.0.0.1:9/cb'],
        },
      ],
      accounts: { 'unverified@belonging.test': { emailVerified: false } },
    });
    env = { issuer: oidc.issuer, ...CLIENT, trust: TRUST };
    const sso = new SingleSignOn({ env, appOrigin });
    server = await startTestServer(database, { appOrigin, sso, port, logger: logs.logger });
  });

  afterEach(() => oidc.tamperIdTokens(null));

  afterAll(async () => {
    for (const one of extra) await one.close();
    await server?.close();
    await oidc?.close();
    await database?.drop();
  });

  it('signs a member in through the provider: the same HttpOnly session cookie, auth.me accepts it, audited once', async () => {
    const before = await countAuditEventsMatching(database.db, { operation: 'sign_in' });
    // The email is matched whatever its case.
    const { browser, res } = await signInAs('Chief.People@Belonging.TEST');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/actions');
    expect(sessionCookieOf(res)).toMatch(/; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200$/);
    expect((await me(browser))?.email).toBe(OWNER);
    expect(await countAuditEventsMatching(database.db, { operation: 'sign_in' })).toBe(before + 1);
    // The state cookie is spent with the sign-in.
    expect(browser.cookie(server.url, 'bt_sso_state')).toBeUndefined();
  });

  it('keeps only the state’s hash, marked used once the callback has claimed it', async () => {
    const { callback } = await signInAs(OWNER);
    const state = new URL(callback).searchParams.get('state') ?? '';
    const attempts = await readSsoAttempts(database.db, database.facts.organisationId);
    const mine = attempts.find(
      (a) => a.stateHash === createHash('sha256').update(state).digest('hex'),
    );
    expect(mine?.returnTo).toBe('/actions');
    expect(mine?.usedAt).toBeInstanceOf(Date);
    expect(attempts.some((a) => a.stateHash === state)).toBe(false);
  });

  it('never sends a person to another site after signing in', async () => {
    const browser = new Browser();
    const callback = await browser.signInAtProvider(startUrl('//evil.example/x'), OWNER);
    const res = await browser.go(callback);
    expect(res.headers.get('location')).toBe('/');
    expect(sessionCookieOf(res)).toBeDefined();
  });

  it('refuses a wrong state and a callback in a browser that did not start the sign-in; the real one still works', async () => {
    const browser = new Browser();
    const callback = await browser.signInAtProvider(startUrl(), OWNER);
    const forged = new URL(callback);
    forged.searchParams.set('state', 'not-the-state');
    const wrong = await browser.go(forged.href);
    expect(wrong.headers.get('location')).toBe(refusedWith('expired'));
    expect(sessionCookieOf(wrong)).toBeUndefined();

    const elsewhere = await new Browser().go(callback);
    expect(elsewhere.headers.get('location')).toBe(refusedWith('expired'));
    expect(sessionCookieOf(elsewhere)).toBeUndefined();

    const right = await browser.go(callback);
    expect(right.headers.get('location')).toBe('/actions');
    expect(sessionCookieOf(right)).toBeDefined();
  });

  it('refuses a replayed callback, and of two at once lets exactly one sign in', async () => {
    const { callback, res } = await signInAs(OWNER);
    expect(sessionCookieOf(res)).toBeDefined();
    const state = new URL(callback).searchParams.get('state') ?? '';
    // The replayer also holds the state cookie: the spent attempt alone refuses the replay.
    const replay = await fetch(callback, {
      redirect: 'manual',
      headers: { cookie: `bt_sso_state=${state}` },
    });
    expect(replay.headers.get('location')).toBe(refusedWith('expired'));
    expect(sessionCookieOf(replay)).toBeUndefined();

    const racer = new Browser();
    const raced = await racer.signInAtProvider(startUrl(), OWNER);
    const cookie = `bt_sso_state=${racer.cookie(server.url, 'bt_sso_state')}`;
    const answers = await Promise.all(
      [1, 2].map(() => fetch(raced, { redirect: 'manual', headers: { cookie } })),
    );
    const locations = answers.map((a) => a.headers.get('location')).sort();
    expect(locations).toEqual(['/actions', refusedWith('expired')]);
    expect(answers.filter((a) => sessionCookieOf(a)).length).toBe(1);
  });

  it('refuses an ID token made out to another client (wrong audience)', async () => {
    // Re-signed unchanged, a token still signs in: the refusal below is the audience's alone.
    oidc.tamperIdTokens((claims) => claims);
    expect(sessionCookieOf((await signInAs(OWNER)).res)).toBeDefined();
    oidc.tamperIdTokens((claims) => ({ ...claims, aud: 'other-app' }));
    const { res } = await signInAs(OWNER);
    expect(res.headers.get('location')).toBe(refusedWith('failed'));
    expect(sessionCookieOf(res)).toBeUndefined();
  });

  it('refuses an ID token from another issuer', async () => {
    oidc.tamperIdTokens((claims) => ({ ...claims, iss: 'http://localhost:9/' }));
    const { res } = await signInAs(OWNER);
    expect(res.headers.get('location')).toBe(refusedWith('failed'));
  });

  it('refuses an email the provider has not verified', async () => {
    const { res } = await signInAs('unverified@belonging.test');
    expect(res.headers.get('location')).toBe(refusedWith('unverified_email'));
  });

  it('refuses an unknown email and makes no account; with "create accounts" on, makes one with the chosen role, audited', async () => {
    const stranger = 'new.starter@belonging.test';
    const refused = await signInAs(stranger);
    expect(refused.res.headers.get('location')).toBe(refusedWith('no_account'));
    expect(await countUsersWithEmail(database.db, stranger)).toBe(0);

    await setTrustSignIn(database.db, database.facts.organisationId, {
      oidcCreateAccounts: true,
      oidcNewAccountRole: 'board_member',
    });
    try {
      const created = await countAuditEventsMatching(database.db, {
        entity: 'user',
        operation: 'create',
      });
      const { browser, res } = await signInAs(stranger);
      expect(res.headers.get('location')).toBe('/actions');
      expect((await me(browser))?.email).toBe(stranger);
      expect(await readRoles(database.db, { email: stranger })).toEqual(['board_member']);
      expect(
        await countAuditEventsMatching(database.db, { entity: 'user', operation: 'create' }),
      ).toBe(created + 1);
      // Their password is one nobody knows.
      const password = await callTrpc(
        server.url,
        'mutation',
        'auth.signIn',
        { email: stranger, password: DEMO_PASSWORD },
        '',
      );
      expect(password.status).toBe(401);
    } finally {
      await setTrustSignIn(database.db, database.facts.organisationId, {
        oidcCreateAccounts: false,
        oidcNewAccountRole: null,
      });
    }
  });

  it('refuses a deactivated person', async () => {
    await setUserActive(database.db, OWNER, false);
    try {
      const { res } = await signInAs(OWNER);
      expect(res.headers.get('location')).toBe(refusedWith('deactivated'));
      expect(sessionCookieOf(res)).toBeUndefined();
    } finally {
      await setUserActive(database.db, OWNER, true);
    }
  });

  it('with password sign-in off, refuses a password but lets the break-glass admin in, and SSO still works', async () => {
    const admin = await findUserForSignIn(database.db, ADMIN);
    await setTrustSignIn(database.db, database.facts.organisationId, {
      passwordSignInDisabled: true,
      breakGlassUserId: admin?.id ?? null,
    });
    try {
      const signIn = (email: string) =>
        callTrpc(server.url, 'mutation', 'auth.signIn', { email, password: DEMO_PASSWORD }, '');
      const refused = await signIn(OWNER);
      expect(refused.status).toBe(403);
      expect(JSON.stringify(refused.body)).toContain('Password sign-in is turned off for');
      expect((await signIn(ADMIN)).status).toBe(200);
      const options = await callTrpc(server.url, 'query', 'auth.signInOptions', undefined, '');
      expect(options.body).toEqual({
        sso: [
          {
            organisationName: 'Demo Partnership NHS Foundation Trust',
            startUrl: `/auth/sso/start?trust=${TRUST}`,
          },
        ],
        passwordFormOpen: false,
      });
      const { res } = await signInAs(OWNER);
      expect(sessionCookieOf(res)).toBeDefined();
    } finally {
      await setTrustSignIn(database.db, database.facts.organisationId, {
        passwordSignInDisabled: false,
        breakGlassUserId: null,
      });
    }
  });

  it('signing out ends the session and offers the provider’s logout', async () => {
    const { browser } = await signInAs(OWNER);
    const cookie = `bt_session=${browser.cookie(server.url, 'bt_session')}`;
    const out = await callTrpc(server.url, 'mutation', 'auth.signOut', undefined, cookie);
    const logout = new URL((out.body as { providerLogoutUrl: string }).providerLogoutUrl);
    expect(logout.origin + logout.pathname).toBe(`${oidc.issuer}/session/end`);
    expect(logout.searchParams.get('client_id')).toBe(CLIENT.clientId);
    expect(logout.searchParams.get('post_logout_redirect_uri')).toBe(`${appOrigin}/sign-in`);
    expect((await callTrpc(server.url, 'query', 'auth.me', undefined, cookie)).body).toBeNull();
    // The provider knows the address and shows its logout page.
    expect((await fetch(logout)).status).toBe(200);
  });

  it('when the provider is down, sends people back to the sign-in page with a readable reason, never a 500', async () => {
    const gone = await startOidcProvider({ clients: [] });
    await gone.close();
    const port = await freePort();
    const down = await startTestServer(database, {
      port,
      appOrigin: `http://127.0.0.1:${port}`,
      sso: new SingleSignOn({
        env: { ...env, issuer: gone.issuer },
        appOrigin: `http://127.0.0.1:${port}`,
      }),
    });
    extra.push(down);
    const res = await fetch(`${down.url}/auth/sso/start?trust=${TRUST}`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe(refusedWith('provider_down'));
    const options = await callTrpc(down.url, 'query', 'auth.signInOptions', undefined, '');
    expect(options.status).toBe(200);
  });

  it('when the provider stops answering between the login page and the callback, says so', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const flaky = await startOidcProvider({
      clients: [{ ...CLIENT, redirectUris: [`${origin}/auth/sso/callback`] }],
    });
    const app = await startTestServer(database, {
      port,
      appOrigin: origin,
      sso: new SingleSignOn({ env: { ...env, issuer: flaky.issuer }, appOrigin: origin }),
    });
    extra.push(app);
    const browser = new Browser();
    const callback = await browser.signInAtProvider(
      `${app.url}/auth/sso/start?trust=${TRUST}`,
      OWNER,
    );
    await flaky.close();
    const res = await browser.go(callback);
    expect(res.headers.get('location')).toBe(refusedWith('provider_down'));
  });

  it('signs in with a trust’s stored settings (secret sealed under the settings key), reading the email from userinfo when the ID token leaves it out', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const stored = await startOidcProvider({
      clients: [{ ...CLIENT, redirectUris: [`${origin}/auth/sso/callback`] }],
      emailInIdToken: false,
    });
    extra.push(stored);
    const key = Buffer.alloc(32, 3);
    await setTrustSignIn(database.db, database.facts.organisationId, {
      oidcIssuer: stored.issuer,
      oidcClientId: CLIENT.clientId,
      oidcClientSecret: sealSecret(CLIENT.clientSecret, key),
    });
    try {
      const app = await startTestServer(database, {
        port,
        appOrigin: origin,
        sso: new SingleSignOn({ appOrigin: origin, settingsKey: key }),
      });
      extra.push(app);
      const browser = new Browser();
      // Without ?trust=, the start address takes the only trust with single sign-on.
      const callback = await browser.signInAtProvider(`${app.url}/auth/sso/start`, OWNER);
      const res = await browser.go(callback);
      expect(res.headers.get('location')).toBe('/');
      expect(sessionCookieOf(res)).toBeDefined();
    } finally {
      await setTrustSignIn(database.db, database.facts.organisationId, {
        oidcIssuer: null,
        oidcClientId: null,
        oidcClientSecret: null,
      });
    }
  });

  it('refuses to start without APP_ORIGIN, and for a trust without single sign-on', async () => {
    const bare = await startTestServer(database, { sso: new SingleSignOn({ env }) });
    extra.push(bare);
    const start = (url: string) => fetch(url, { redirect: 'manual' });
    expect((await start(`${bare.url}/auth/sso/start?trust=${TRUST}`)).headers.get('location')).toBe(
      refusedWith('no_app_origin'),
    );
    expect(
      (await start(`${server.url}/auth/sso/start?trust=nowhere`)).headers.get('location'),
    ).toBe(refusedWith('not_configured'));
  });

  it('logs why a sign-in was refused, and never an email, a state or a code', async () => {
    await signInAs('unverified@belonging.test');
    const { callback } = await signInAs(OWNER);
    const text = () => logs.text();
    expect(text()).toContain('"reason":"unverified_email"');
    oidc.tamperIdTokens((claims) => ({ ...claims, aud: 'other-app' }));
    await signInAs(OWNER);
    expect(text()).toMatch(/"reason":"failed","detail":"OAUTH_[A-Z_]+"/);
    for (const secret of [
      'belonging.test',
      new URL(callback).searchParams.get('state') ?? '',
      new URL(callback).searchParams.get('code') ?? '',
      CLIENT.clientSecret,
    ]) {
      expect(text()).not.toContain(secret);
    }
  });
});
