import { collectConsoleErrors, DEMO_PASSWORD, expectAccessible } from '@belonging/e2e';
import { expect, test, type Page } from '@playwright/test';
import { KEYBOARD_OWNER, expectHeading } from './support.ts';

/** What has focus, as a person using a screen reader would hear it: its name or label. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return '';
    const labels = 'labels' in el ? (el as HTMLInputElement).labels : null;
    const label = labels && labels.length > 0 ? (labels[0]?.innerText ?? '') : '';
    return (el.getAttribute('aria-label') ?? (label || el.innerText || ''))
      .replace(/\s+/g, ' ')
      .trim();
  });
}

/** Presses a key until focus lands on something whose name matches: the keyboard is the only input. */
async function pressUntil(page: Page, key: string, name: RegExp, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(
    `Pressing ${key} ${limit} times never reached ${String(name)}; last focus: ${await focusedName(page)}`,
  );
}

test('the whole owner journey works with the keyboard alone', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/sign-in');
  await expectHeading(page, 'Sign in to Belonging Tracker');

  await pressUntil(page, 'Tab', /^Skip to main content$/);
  await pressUntil(page, 'Tab', /^Email address$/);
  await page.keyboard.type(KEYBOARD_OWNER);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expectHeading(page, 'My actions');

  await pressUntil(page, 'Tab', /^3\.1\.1:/);
  await page.keyboard.press('Enter');
  await expectHeading(page, /^3\.1\.1:/);
  await pressUntil(page, 'Tab', /^Update this action$/);
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Update this action');

  await pressUntil(page, 'Tab', /^Progress this quarter \(required\)$/);
  await page.keyboard.type('Pathway live on two wards; incident follow-up calls within 72 hours.');
  await expect(page.getByTestId('narrative-count')).toHaveText(
    'You have 4,932 characters remaining',
  );
  await pressUntil(page, 'Tab', /^Progress \(percent complete\) \(required\)$/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('70');
  // Enter in the number box keeps the owner in the form: the update is not sent half-written.
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(/^Progress \(percent complete\)/)).toBeFocused();
  await expect(page.getByText(/has been saved/)).toHaveCount(0);
  await expect(page.getByText('There is a problem')).toHaveCount(0);
  await pressUntil(page, 'Tab', /^(Red|Amber|Green|Blue|No view)$/);
  await pressUntil(page, 'ArrowDown', /^Green$/, 6);
  await pressUntil(page, 'Tab', /^Submit update$/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Your update to 3.1.1 has been saved.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Update history' })).toContainText(
    'Pathway live on two wards',
  );

  await pressUntil(page, 'Tab', /^Mark as complete /);
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Mark a milestone as complete');
  await expectAccessible(page);
  await pressUntil(page, 'Tab', /^Mark as complete$/);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/is marked as complete\.$/)).toBeVisible();

  await pressUntil(page, 'Shift+Tab', /^KPIs$/, 200);
  await page.keyboard.press('Enter');
  await expectHeading(page, 'KPIs');
  await pressUntil(page, 'Tab', /^WRES-5:/);
  await page.keyboard.press('Enter');
  await expectHeading(page, /^WRES-5:/);
  await pressUntil(page, 'Tab', /^Day$/, 200);
  await page.keyboard.type('31');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  await pressUntil(page, 'Tab', /^Value/);
  await page.keyboard.type('27.5');
  await pressUntil(page, 'Tab', /^Record value$/);
  await page.keyboard.press('Enter');
  await expect(
    page.getByText('27.5% is recorded for the period ending 31 March 2026.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record value' })).toBeFocused();
  await expectAccessible(page);

  await pressUntil(page, 'Shift+Tab', /^Sign out$/, 300);
  await page.keyboard.press('Enter');
  await expectHeading(page, 'Sign in to Belonging Tracker');
  await expect(page.getByText('You have signed out.')).toBeVisible();
  expect(errors).toEqual([]);
});
