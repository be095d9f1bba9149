import { expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

test('the EDS page compares a year’s outcome scores with the year before, and says where the total went on saving', async ({
  page,
}) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/eds');
  await page.getByLabel('Financial year').selectOption('2025/26');
  await expect(page.getByRole('heading', { name: 'Compared with 2024/25' })).toBeVisible();
  const table = page.getByRole('table', { name: 'EDS 2022 outcome scores, 2024/25 and 2025/26' });
  await expect(table.getByRole('row', { name: /^1A: .* 2 2 no change$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^1B: .* 1 2 up 1$/ })).toBeVisible();
  await expect(table.getByRole('row', { name: 'Total (out of 33) 16 19 up 3' })).toBeVisible();
  await expectAccessible(page);

  // The demo trust's first assessment has nothing before it.
  await page.getByLabel('Financial year').selectOption('2023/24');
  await expect(page.getByText('There is no 2022/23 assessment to compare with.')).toBeVisible();

  // The demo trust has no EDS-TOTAL KPI, so saving says the total was not recorded as one.
  await page.getByRole('button', { name: 'Save the 2023/24 assessment' }).click();
  await expect(
    page.getByText('The 2023/24 assessment is saved: 11 out of 33, Developing.'),
  ).toBeVisible();
  await expect(
    page.getByText(
      'The total was not recorded as a KPI value because your trust has no EDS-TOTAL KPI.',
      { exact: false },
    ),
  ).toBeVisible();
  await expectAccessible(page);
});
