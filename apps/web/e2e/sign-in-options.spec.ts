import { expectAccessible } from '@belonging/e2e';
import { expect, test } from '@playwright/test';
import { expectHeading } from './support.ts';

const TRUST = 'Demo Partnership NHS Foundation Trust';

test('the sign-in page offers the trust’s own sign-in first and explains a refused single sign-on', async ({
  page,
}) => {
  // The browser tests' server gives the demo trust a provider in its environment (playwright.config.ts).
  await page.goto('/sign-in?next=%2Fkpis&sso_error=no_account');
  await expectHeading(page, 'Sign in to Belonging Tracker');
  await expect(page.getByRole('alert')).toContainText(
    'There is no Belonging Tracker account for your email address in this trust. Ask your EDI team to add you.',
  );
  const main = page.getByRole('main');
  const sso = main.getByRole('link', { name: `Sign in with ${TRUST}` });
  await expect(sso).toHaveAttribute('href', '/auth/sso/start?trust=demo-partnership&next=%2Fkpis');
  // It comes before the password form, and the keyboard reaches it first.
  await expect(main.getByRole('link').first()).toHaveText(`Sign in with ${TRUST}`);
  await sso.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email address')).toBeFocused();
  // Password sign-in is on for the demo trust: its form stays open.
  await expect(page.getByText('Sign in with a password (administrators)')).toHaveCount(0);
  await expect(page.getByText('Or use the email address and password')).toBeVisible();
  await expectAccessible(page);

  // An unknown code is not shown.
  await page.goto('/sign-in?sso_error=made_up');
  await expectHeading(page, 'Sign in to Belonging Tracker');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
