import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

test('the EDI lead sees the environment’s single sign-on read-only, turns password sign-in off after a confirmation, and back on', async ({
  page,
  browser,
  baseURL,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin');
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Sign-in' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign-in settings' })).toBeVisible();
  await expect(page).toHaveTitle('Sign-in settings – Belonging Tracker admin');
  // The address to register with the provider, in a block to copy.
  await expect(page.getByTestId('redirect-uri')).toHaveText(`${baseURL}/auth/sso/callback`);
  await expectAccessible(page);

  // The browser tests' server names its provider in the environment: shown, never editable here.
  await expect(
    page.getByText('The server’s environment sets single sign-on for this trust'),
  ).toBeVisible();
  await expect(page.getByText('Set in the environment')).toBeVisible();
  await expect(page.getByLabel('Issuer')).toHaveCount(0);
  await expect(page.getByLabel('Client secret')).toHaveCount(0);

  // New accounts need a role, and the EDI team is not one of the choices.
  await page.getByLabel('Create accounts for new sign-ins').check();
  const roles = page.getByLabel('Role for new accounts');
  await expect(roles.locator('option')).toHaveText([
    'Choose a role',
    'Executive owner',
    'Board member',
    'Staff network representative',
  ]);
  await page.getByLabel('Create accounts for new sign-ins').uncheck();

  // Password sign-in off needs a break-glass admin, then a confirmation.
  await page.getByLabel('Turn password sign-in off for this trust').check();
  await page.getByRole('button', { name: 'Save sign-in settings' }).click();
  await expect(
    page.getByRole('link', {
      name: 'Choose a break-glass admin who can still sign in with a password',
    }),
  ).toBeVisible();
  await expectAccessible(page);
  await page
    .getByLabel('Break-glass admin')
    .selectOption({ label: 'Ama Owusu (edi.lead@belonging.test)' });
  await page.getByRole('button', { name: 'Save sign-in settings' }).click();
  const question = page.getByRole('heading', { name: 'Turn password sign-in off?' });
  await expect(question).toBeFocused();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Save sign-in settings' })).toBeFocused();
  await expect(page.getByText('The sign-in settings are saved.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save sign-in settings' }).click();
  await page.getByRole('button', { name: 'Yes, turn password sign-in off' }).click();
  await expect(page.getByText('The sign-in settings are saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Turn password sign-in off for this trust')).toBeChecked();

  // Someone arriving to sign in now sees the trust's sign-in first, the password form folded away.
  const elsewhere = await browser.newContext({ baseURL });
  const visitor = await elsewhere.newPage();
  try {
    await visitor.goto('/sign-in');
    await expect(
      visitor.getByRole('link', { name: 'Sign in with Demo Partnership NHS Foundation Trust' }),
    ).toBeVisible();
    await expect(visitor.getByText('Sign in with a password (administrators)')).toBeVisible();
    await expect(visitor.getByLabel('Email address')).toBeHidden();
    await expectAccessible(visitor);
    await visitor.getByText('Sign in with a password (administrators)').click();
    await expect(visitor.getByLabel('Email address')).toBeVisible();
  } finally {
    await elsewhere.close();
  }

  // Back as it was, so the other browser tests sign in with passwords as before.
  await page.getByLabel('Turn password sign-in off for this trust').uncheck();
  await page.getByLabel('Break-glass admin').selectOption('');
  await page.getByRole('button', { name: 'Save sign-in settings' }).click();
  await expect(page.getByText('The sign-in settings are saved.')).toBeVisible();
  await expect(page.getByLabel('Turn password sign-in off for this trust')).not.toBeChecked();
  expect(errors).toEqual([]);
});
