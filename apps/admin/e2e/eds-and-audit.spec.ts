import { expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

const OUTCOMES = ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B', '3C'];

test('the EDI lead records an EDS 2022 assessment, with the total and rating worked out, and finds it in the audit trail', async ({
  page,
}) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/eds');
  await expect(page.getByRole('heading', { level: 1, name: 'EDS 2022 assessment' })).toBeVisible();

  // A year already assessed shows its scores and rating (the demo trust's 2025/26: 19, Developing).
  await page.getByLabel('Financial year').selectOption('2025/26');
  await expect(page.getByText('Total 19 out of 33, rating Developing.')).toBeVisible();

  await page.getByLabel('Financial year').selectOption('2026/27');
  await expect(page.getByText('No assessment has been recorded for 2026/27 yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Save the 2026/27 assessment' }).click();
  await expect(page.getByRole('link', { name: 'Choose a score for outcome 1A' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Date of the assessment').fill('2027-02-25');
  for (const outcome of OUTCOMES) {
    const score = outcome.startsWith('3') ? '1 Developing' : '2 Achieving';
    await page
      .getByRole('group', { name: new RegExp(`^${outcome}: `) })
      .getByLabel(score)
      .check();
  }
  await page
    .getByLabel('Evidence for 2B')
    .fill('Staff survey harassment rates fell for the second year.');
  // 8 outcomes at 2 and 3 at 1 make 19: Developing (8 to 21).
  await expect(page.getByText('Total 19 out of 33, rating Developing.')).toBeVisible();
  await page.getByRole('group', { name: /^3A: / }).getByLabel('3 Excelling').check();
  await page.getByRole('group', { name: /^3B: / }).getByLabel('3 Excelling').check();
  await expect(page.getByText('Total 23 out of 33, rating Achieving.')).toBeVisible();
  await page.getByRole('button', { name: 'Save the 2026/27 assessment' }).click();
  await expect(
    page.getByText('The 2026/27 assessment is saved: 23 out of 33, Achieving.'),
  ).toBeVisible();

  // The audit trail, filtered by what changed, shows who saved it with the values after.
  await page.goto('/admin/audit');
  await expectAccessible(page);
  await page.getByLabel('From').fill('2026-01-01');
  await page.getByLabel('To').fill('2025-01-01');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(
    page.getByRole('link', { name: 'The to date must be on or after the from date' }),
  ).toBeVisible();
  await page.getByLabel('To').fill('');
  await page.getByLabel('From').fill('');
  await page.getByLabel('What changed').selectOption('eds_assessment');
  await page.getByLabel('Who changed it').selectOption({ label: 'Ama Owusu' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const rows = page.getByRole('table', { name: 'Changes, newest first' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Ama Owusu');
  await expect(rows.nth(1)).toContainText('EDS 2022 assessment recorded');
  await expect(rows.nth(1)).toContainText('2026/27');
  await expectAccessible(page);
});
