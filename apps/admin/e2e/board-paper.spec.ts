import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

test('the EDI lead opens a locked period’s board paper, sees the suggested front sheet, edits the summary and saves it', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/periods');
  await expect(page.getByRole('heading', { level: 1, name: 'Reporting periods' })).toBeVisible();
  const row = page
    .getByRole('row')
    .filter({ has: page.getByText('Locked', { exact: true }) })
    .first();
  const label = ((await row.getByRole('rowheader').textContent()) ?? '').trim();
  expect(label).toMatch(/^\d{4}\/\d{2} Q[1-4]$/);

  await row.getByRole('link', { name: `Board paper ${label}` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Board paper front sheet' }),
  ).toBeVisible();
  await expect(page.getByText('Not saved yet: these answers are suggested')).toBeVisible();
  await expect(page.getByLabel('Meeting', { exact: true })).toHaveValue('Trust Board (public)');
  await expect(page.getByLabel('Paper title')).toHaveValue(
    new RegExp(`: progress report, ${label.replace('/', '\\/')}$`),
  );
  const summary = page.getByLabel('Executive summary');
  await expect(summary).toHaveValue(/Of \d+ rated actions and KPIs, /);
  await expectAccessible(page);

  await summary.fill('Progress is steady; two actions need the board’s attention.');
  await page.getByRole('button', { name: 'Save the front sheet' }).click();
  await expect(page.getByText(`The front sheet for ${label} is saved.`)).toBeVisible();
  await expect(page.getByText(/^Last saved .* by Ama Owusu\.$/)).toBeVisible();
  await expect(summary).toHaveValue('Progress is steady; two actions need the board’s attention.');
  await expectAccessible(page);
  expect(errors).toEqual([]);
});
