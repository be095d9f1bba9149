import { DEMO_PASSWORD } from '@belonging/db';
import { setTrustSignIn, testProviders } from '@belonging/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { sealSecret } from '../auth/sealed-secret.ts';
import { SingleSignOn } from '../auth/sso/single-sign-on.ts';
import { SignInThrottle } from '../auth/throttle.ts';
import { errorOf } from '../../test/support/call.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

const DEMO_NAME = 'Demo Partnership NHS Foundation Trust';
const ENV = { issuer: 'https://id.example.org', clientId: 'tracker', clientSecret: 's3cret' };
const KEY = Buffer.alloc(32, 7);

describe.each(testProviders())('sign-in options and password sign-in policy on %s', (provider) => {
  const { bed } = useApiTestBed(provider);
  let lastAddress = 0;

  const anonymous = (sso?: SingleSignOn) =>
    bed.callerAs(null, {
      sso,
      throttle: new SignInThrottle(),
      meta: { ip: `198.51.100.${++lastAddress}` },
    });

  afterEach(async () => {
    const off = {
      oidcIssuer: null,
      oidcClientId: null,
      oidcClientSecret: null,
      passwordSignInDisabled: false,
      breakGlassUserId: null,
    };
    await setTrustSignIn(bed.db, bed.organisationId, off);
    await setTrustSignIn(bed.db, bed.other.organisationId, off);
  });

  it('offers no single sign-on and an open password form when nothing is configured', async () => {
    const options = await (await anonymous()).auth.signInOptions();
    expect(options).toEqual({ sso: [], passwordFormOpen: true });
  });

  it('offers the trust named by OIDC_TRUST when the environment configures a provider', async () => {
    const sso = new SingleSignOn({ env: { ...ENV, trust: 'demo-partnership' } });
    const options = await (await anonymous(sso)).auth.signInOptions();
    expect(options.sso).toEqual([
      { organisationName: DEMO_NAME, startUrl: '/auth/sso/start?trust=demo-partnership' },
    ]);
  });

  it('does not guess the trust from the environment when the instance has several', async () => {
    const options = await (await anonymous(new SingleSignOn({ env: ENV }))).auth.signInOptions();
    expect(options.sso).toEqual([]);
  });

  it('offers a trust whose stored settings open under the settings key, and not under another', async () => {
    await setTrustSignIn(bed.db, bed.other.organisationId, {
      oidcIssuer: 'https://id.other.example',
      oidcClientId: 'other',
      oidcClientSecret: sealSecret('other-secret', KEY),
    });
    const right = await (
      await anonymous(new SingleSignOn({ settingsKey: KEY }))
    ).auth.signInOptions();
    expect(right.sso).toEqual([
      { organisationName: 'Other NHS Trust', startUrl: '/auth/sso/start?trust=other-trust' },
    ]);
    const wrong = await (
      await anonymous(new SingleSignOn({ settingsKey: Buffer.alloc(32, 8) }))
    ).auth.signInOptions();
    expect(wrong.sso).toEqual([]);
  });

  it('closes the password form only when every trust has turned password sign-in off', async () => {
    await setTrustSignIn(bed.db, bed.organisationId, { passwordSignInDisabled: true });
    expect((await (await anonymous()).auth.signInOptions()).passwordFormOpen).toBe(true);
    await setTrustSignIn(bed.db, bed.other.organisationId, { passwordSignInDisabled: true });
    expect((await (await anonymous()).auth.signInOptions()).passwordFormOpen).toBe(false);
  });

  it('refuses a correct password, naming the trust, when password sign-in is off; the break-glass admin still signs in', async () => {
    await setTrustSignIn(bed.db, bed.organisationId, {
      passwordSignInDisabled: true,
      breakGlassUserId: await bed.userId(DEMO.admin),
    });
    const refused = await errorOf(
      (await anonymous()).auth.signIn({ email: DEMO.owner, password: DEMO_PASSWORD }),
    );
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.message).toBe(
      `Password sign-in is turned off for ${DEMO_NAME}. Use "Sign in with ${DEMO_NAME}".`,
    );
    const wrong = await errorOf(
      (await anonymous()).auth.signIn({ email: DEMO.owner, password: 'not-it' }),
    );
    expect(wrong.code).toBe('UNAUTHORIZED');
    await expect(
      (await anonymous()).auth.signIn({ email: DEMO.admin, password: DEMO_PASSWORD }),
    ).resolves.toEqual({ ok: true });
  });
});
