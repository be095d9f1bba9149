import { startOidcProvider } from '@belonging/api/testing/oidc-provider';
import { E2E_SSO, expectAccessible } from '@belonging/e2e';
import { expect, test } from '@playwright/test';
import { OWNER, expectHeading } from './support.ts';

const TRUST_NAME = 'Demo Partnership NHS Foundation Trust';

test('a person signs in with their trust’s own account, through the provider’s login page', async ({
  page,
}) => {
  // A real OpenID provider at the issuer the server was started with (playwright.config.ts).
  const provider = await startOidcProvider({
    port: E2E_SSO.port,
    clients: [
      {
        clientId: E2E_SSO.clientId,
        clientSecret: E2E_SSO.clientSecret,
        redirectUris: [`${E2E_SSO.appOrigin}/auth/sso/callback`],
        postLogoutRedirectUris: [`${E2E_SSO.appOrigin}/sign-in`],
      },
    ],
  });
  try {
    await page.goto('/actions');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Factions$/);
    await expectAccessible(page);
    await page.getByRole('link', { name: `Sign in with ${TRUST_NAME}` }).click();

    // The provider's own sign-in page: the login is the person's email address.
    await expect(page).toHaveURL(new RegExp(`^${E2E_SSO.issuer}/interaction/`));
    await page.locator('input[name="login"]').fill(OWNER);
    await page.locator('input[name="password"]').fill('their trust password');
    await page.getByRole('button', { name: 'Sign-in' }).click();

    await expect(page).toHaveURL(/\/actions$/);
    await expectHeading(page, 'My actions');
    const session = (await page.context().cookies()).find((c) => c.name === 'bt_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
  } finally {
    await provider.close();
  }
});
