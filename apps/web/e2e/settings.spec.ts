import { expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

test('an owner turns reminder emails off from Your settings, and it stays off after a reload', async ({
  page,
}) => {
  await signIn(page, 'chief.people@belonging.test');
  await page
    .getByRole('navigation', { name: 'Account' })
    .getByRole('link', { name: 'Your settings' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your settings' })).toBeVisible();
  await expect(page).toHaveTitle('Your settings – Belonging Tracker');
  const reminders = page.getByRole('checkbox', { name: 'Email me when my updates are due' });
  await expect(reminders).toBeChecked();
  // Owners get no weekly digest, so are not offered it.
  await expect(page.getByRole('checkbox', { name: /weekly digest/ })).toHaveCount(0);
  await expectAccessible(page);

  // By keyboard: the box toggles with Space, the form sends with Enter on its button.
  await reminders.focus();
  await page.keyboard.press('Space');
  await expect(reminders).not.toBeChecked();
  await page.getByRole('button', { name: 'Save settings' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your settings are saved.')).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: 'Email me when my updates are due' }),
  ).not.toBeChecked();

  await page.getByRole('checkbox', { name: 'Email me when my updates are due' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Your settings are saved.')).toBeVisible();
});

test('the EDI lead may also turn the weekly digest off', async ({ page }) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/settings');
  const digest = page.getByRole('checkbox', { name: 'Email me the weekly digest' });
  await expect(digest).toBeChecked();
  await digest.uncheck();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Your settings are saved.')).toBeVisible();
  await page.reload();
  await expect(
    page.getByRole('checkbox', { name: 'Email me the weekly digest' }),
  ).not.toBeChecked();
  await page.getByRole('checkbox', { name: 'Email me the weekly digest' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Your settings are saved.')).toBeVisible();
});
