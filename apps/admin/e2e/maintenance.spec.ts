import { expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'edi.lead@belonging.test');
});

test('an ambition is archived only after a confirmation that says what happens', async ({
  page,
}) => {
  await page.goto('/admin/strategy/ambitions/new');
  await expect(page.getByLabel('Number')).toHaveValue('4');
  await page.getByLabel('Title').fill('Temporary ambition for a workshop');
  await page.getByRole('button', { name: 'Save ambition' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Ambition 4: Temporary ambition for a workshop' }),
  ).toBeVisible();

  await page
    .getByRole('link', { name: 'Archive Ambition 4: Temporary ambition for a workshop' })
    .click();
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Archive ambition 4: Temporary ambition for a workshop?',
    }),
  ).toBeVisible();
  await expect(
    page.getByText('It will leave the live strategy and the board report.'),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Ambition 4: Temporary ambition for a workshop' }),
  ).toBeVisible();

  await page
    .getByRole('link', { name: 'Archive Ambition 4: Temporary ambition for a workshop' })
    .click();
  await page
    .getByRole('button', { name: 'Yes, archive ambition 4: Temporary ambition for a workshop' })
    .click();
  await expect(
    page.getByText('Ambition 4: Temporary ambition for a workshop is archived.'),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Ambition 4: Temporary ambition for a workshop' }),
  ).toHaveCount(0);
});

test('changing a KPI’s target previews the new colour on its existing values before anything is saved', async ({
  page,
}) => {
  await page.goto('/admin/kpis');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'NSS-BELONG Staff who feel they belong' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Change NSS-BELONG/ })).toBeVisible();
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByText(/^Latest value /)).toBeVisible();
  const colour = preview.locator('[data-rag]');
  await expect(colour).toHaveAttribute('data-rag', 'green');
  await expect(preview.getByRole('img', { name: /SPC chart with these settings/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Target value').fill('99');
  await expect(colour).toHaveAttribute('data-rag', /red|amber/);
  await expect(colour).not.toHaveText('Green');

  // Nothing was saved: the list still shows the stored colour.
  await page.getByRole('link', { name: 'Back to KPIs' }).click();
  await expect(page.getByRole('row', { name: /NSS-BELONG.*Green/ })).toBeVisible();
});

test('a reporting period’s update window cannot close before it opens, and the error names the field', async ({
  page,
}) => {
  await page.goto('/admin/periods');
  await page
    .getByRole('button', { name: /^Change \d{4}\/\d{2} Q[1-4]$/ })
    .first()
    .click();
  await page.getByLabel('Update window opens').fill('2027-01-20');
  await page.getByLabel('Update window closes').fill('2027-01-10');
  await page.getByRole('button', { name: /^Save \d{4}\/\d{2} Q[1-4]$/ }).click();
  const link = page.getByRole('link', { name: 'The update window cannot close before it opens' });
  await expect(link).toBeVisible();
  await expectAccessible(page);
  await link.click();
  await expect(page.getByLabel('Update window closes')).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Open a reporting period' })).toBeVisible();
});
