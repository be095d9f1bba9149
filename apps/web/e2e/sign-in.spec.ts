import { expectAccessible } from '@belonging/e2e';
import { expect, test } from '@playwright/test';
import { OWNER, expectHeading } from './support.ts';

test('signing in with a wrong password or a blank field explains the problem in an error summary', async ({
  page,
}) => {
  await page.goto('/actions');
  // Nobody is signed in: the page asks for sign-in and remembers where they were going.
  await expect(page).toHaveURL(/\/sign-in\?next=%2Factions$/);
  await expectHeading(page, 'Sign in to Belonging Tracker');

  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: 'Enter your email address' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter your password' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Sign in/);
  await expectAccessible(page);

  await page.getByLabel('Email address').fill(OWNER);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(
    summary.getByRole('link', { name: 'Enter a correct email address and password.' }),
  ).toBeVisible();
  await summary.getByRole('link', { name: 'Enter a correct email address and password.' }).click();
  await expect(page.getByLabel('Email address')).toBeFocused();
});
