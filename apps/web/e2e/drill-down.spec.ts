import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';
import { expectHeading } from './support.ts';

test('a staff network representative lands on the board report, drills down to an action and comments on it', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  const comment = `The BAME network would like to join the review panel (${Date.now()})`;
  await signIn(page, 'network.rep@belonging.test');
  await expect(page).toHaveURL(/\/report$/);
  await expectHeading(page, /^Board report/);
  // The landing page says which report this is; only one period is live, earlier ones are past.
  await expect(page.getByTestId('report-status')).toContainText(
    /You are looking at \d{4}\/\d{2} Q[1-4]/,
  );
  const options = page.getByLabel('Reporting period').locator('option');
  await expect(options.filter({ hasText: '(live)' })).toHaveCount(1);
  await expect(options.filter({ hasText: '(past, not locked)' }).first()).toBeAttached();

  // An exception opened from the report leads back to the report, not to the strategy.
  await page
    .getByTestId('exceptions')
    .getByRole('link', { name: /^Action / })
    .first()
    .click();
  await expectHeading(page, /^\d+\.\d+\.\d+:/);
  await page.getByRole('link', { name: 'Back to the board report' }).click();
  await expect(page).toHaveURL(/\/report$/);
  await expectHeading(page, /^Board report/);

  await page.getByRole('link', { name: /^1\.3: A just and learning culture/ }).click();
  await expect(
    page.locator('summary', {
      hasText: /^1\.3: A just and learning culture: (Red|Amber|Green|Blue|Not rated)$/,
    }),
  ).toBeFocused();
  await expectAccessible(page);
  await page.getByRole('link', { name: /^1\.3\.1:/ }).click();
  await expectHeading(page, /^1\.3\.1:/);
  await expect(page.getByTestId('not-owner')).toBeVisible();

  await page.getByLabel('Add a comment').fill(comment);
  await page.getByRole('button', { name: 'Add comment' }).click();
  await expect(page.getByRole('region', { name: 'Comments' })).toContainText(comment);
  await expect(page.getByLabel('Add a comment')).toHaveValue('');
  await expect(page.getByTestId('comment-outcome')).toHaveText('Comment added.');
  await expectAccessible(page);
  expect(errors).toEqual([]);
});
