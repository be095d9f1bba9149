import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';
import { CONFLICT_OWNER, expectHeading, openNav } from './support.ts';

test('an owner corrects a value with a reason, and is asked before deleting one', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, CONFLICT_OWNER);
  await openNav(page, 'KPIs');
  await page.getByRole('link', { name: /^HR-ADJ:/ }).click();
  await expectHeading(page, /^HR-ADJ:/);

  const table = page.getByRole('table', { name: 'Data table: every value' });
  const correct = table.getByRole('button', { name: /^Correct the value for \d+ \w+ \d{4}$/ });
  const name = (await correct.first().textContent())?.replace(/^Correct/, '').trim() ?? '';
  await correct.first().click();
  const heading = page.getByRole('heading', { name: `Correct ${name}` });
  await expect(heading).toBeFocused();

  await page.getByLabel('Correct value').fill('1e308');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('The value must be between');
  await expect(summary).toContainText('Enter the reason for the correction');
  await expectAccessible(page);

  await page.getByLabel('Correct value').fill('29');
  await page.getByLabel('Reason for the correction').fill('Typed from the wrong month');
  await page.getByRole('button', { name: 'Save the correction' }).click();
  const day = name.replace(/^the value for /, '');
  await expect(page.getByTestId('value-changed')).toContainText(
    `The value for ${day} is corrected to 29`,
  );

  const remove = table.getByRole('button', { name: `Delete ${name}` });
  await remove.click();
  await expect(page.getByRole('heading', { name: `Delete ${name}?` })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Yes, delete the value' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(remove).toBeFocused();
  await expect(table.getByRole('button', { name: `Correct ${name}` })).toBeVisible();
  expect(errors).toEqual([]);
});
