import { expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

const ID_PATTERNS = [
  /\bc[a-z0-9]{24}\b/,
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i,
];

test('the EDI lead searches the audit trail in words, the filters kept in the URL, sign-ins hidden until asked for, and no id in sight', async ({
  page,
}) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/people');
  await page.getByLabel('Full name').fill('Audit Walker');
  await page.getByLabel('Email address').fill('audit.walker@belonging.test');
  await page.getByLabel('Board member').check();
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText(/Audit Walker can now sign in/)).toBeVisible();

  await page.goto('/admin/audit');
  const table = page.getByRole('table', { name: 'Changes, newest first' });
  await expect(table.getByText('Person added').first()).toBeVisible();
  // Signing in made an event, but sign-ins are left out until asked for.
  await expect(table.getByText('Signed in')).toHaveCount(0);
  await expectAccessible(page);

  // Search, in any case, over the names and values; the words go into the URL.
  await page.getByLabel('Search the trail').fill('AUDIT walker');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/search=AUDIT\+walker/);
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('row').nth(1)).toContainText('Person added');
  await expect(table.getByRole('row').nth(1)).toContainText('Audit Walker');
  await expect(table.getByRole('row').nth(1)).toContainText('Board member');

  // The URL keeps the filters: reloading shows the same search and the same entry.
  await page.reload();
  await expect(page.getByLabel('Search the trail')).toHaveValue('AUDIT walker');
  await expect(table.getByRole('row')).toHaveCount(2);

  // The filtered trail downloads as CSV.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^audit-trail-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(page.getByText('CSV file of the filtered trail downloaded.')).toBeVisible();

  // Sign-ins come back when asked for, named by the person.
  await page.getByLabel('Search the trail').fill('');
  await page.getByLabel('Show sign-ins').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/showSignIns=true/);
  await expect(table.getByRole('row', { name: /Signed in.*Ama Owusu/ }).first()).toBeVisible();
  await expectAccessible(page);

  const shown = await page.locator('main').innerText();
  for (const pattern of ID_PATTERNS) expect(shown).not.toMatch(pattern);
});
