import { expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

test('the EDI lead previews the next financial year, creates its four quarters, and is asked before moving a window', async ({
  page,
}) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/periods');
  await page.getByRole('link', { name: 'Start the next year' }).click();

  // The preview: nothing is written yet.
  const heading = page.getByRole('heading', { level: 1, name: /^Start \d{4}\/\d{2}$/ });
  await expect(heading).toBeVisible();
  const year = ((await heading.textContent()) ?? '').replace(/^Start /, '');
  await expect(
    page.getByText(`Nothing is created until you choose “Create the ${year} quarters”.`),
  ).toBeVisible();
  const quarters = page.getByRole('table', { name: `The ${year} quarters` });
  for (const q of [1, 2, 3, 4])
    await expect(
      quarters.getByRole('row', { name: new RegExp(`^${year.replace('/', '\\/')} Q${q} `) }),
    ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What carries forward' })).toBeVisible();
  await expect(page.getByRole('term').filter({ hasText: 'Live actions continuing' })).toBeVisible();
  await page.getByText(/^Show the \d+ live actions?$/).click();
  await expect(page.getByRole('table', { name: 'Live actions continuing' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: `Create the ${year} quarters` }).click();
  await expect(page).toHaveURL(/\/admin\/periods$/);
  await expect(page.getByText(`The ${year} quarters are created.`)).toBeVisible();
  const periods = page.getByRole('table', { name: 'Periods, newest first' });
  for (const q of [1, 2, 3, 4])
    await expect(
      periods.getByRole('row', {
        name: new RegExp(`^${year.replace('/', '\\/')} Q${q} .*Not open yet`),
      }),
    ).toBeVisible();
  await expectAccessible(page);

  // Opening a window now asks first, says the dates it will have, and Cancel changes nothing.
  const open = page.getByRole('button', { name: `Open the window now for ${year} Q4` });
  await open.click();
  const question = page.getByRole('heading', { name: `Open the ${year} Q4 update window now?` });
  await expect(question).toBeFocused();
  await expect(
    page.getByText(new RegExp(`^Owners can update for ${year.replace('/', '\\/')} Q4 from today`)),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Cancel' }).first().click();
  await expect(open).toBeFocused();
  await expect(question).toHaveCount(0);
});
