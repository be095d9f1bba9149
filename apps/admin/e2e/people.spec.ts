import { expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

test('the EDI lead adds a person, changes their roles, and deactivates them handing their action to another owner', async ({
  page,
}) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/people');
  await expect(
    page.getByRole('row', { name: /Priya Raman.*Executive owner.*Active/ }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Full name').fill('Sam Okafor');
  await page.getByLabel('Email address').fill('sam.okafor@belonging.test');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('link', { name: 'Choose at least one role' })).toBeVisible();
  await page.getByLabel('Executive owner').check();
  await page.getByLabel('Temporary password (optional)').fill('welcome-to-the-trust-1');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(
    page.getByText(
      'Sam Okafor can now sign in as sam.okafor@belonging.test with the temporary password welcome-to-the-trust-1.',
    ),
  ).toBeVisible();
  await expectAccessible(page);

  // Sam owns an action in a new commitment.
  await page.goto('/admin/strategy/commitments/new');
  await page
    .getByLabel('Ambition', { exact: true })
    .selectOption({ label: 'Ambition 3: No discrimination, bullying or harassment' });
  await page.getByLabel('Code', { exact: true }).fill('3.9');
  await page
    .getByLabel('Title', { exact: true })
    .fill('Leavers are interviewed about discrimination');
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await page.getByRole('link', { name: 'Add an action to commitment 3.9' }).click();
  await page.getByLabel('Code', { exact: true }).fill('3.9.1');
  await page
    .getByLabel('Title', { exact: true })
    .fill('Offer every leaver an independent exit interview');
  await page.getByLabel('Executive owner').selectOption({ label: 'Sam Okafor' });
  await page.getByLabel('Due date', { exact: true }).fill('2027-06-30');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change action 3.9.1' })).toBeVisible();

  // Roles change.
  await page.goto('/admin/people');
  await page.getByRole('link', { name: 'Sam Okafor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sam Okafor' })).toBeVisible();
  await page.getByLabel('Board member').check();
  await page.getByRole('button', { name: 'Save roles' }).click();
  await expect(
    page.getByText('Sam Okafor’s roles are now: Executive owner, Board member.'),
  ).toBeVisible();

  // Deactivation asks first, then reassigns the action in the same step.
  await page.getByLabel('Give their actions to').selectOption({ label: 'Priya Raman' });
  // Focus follows the question as it opens, and returns to the button when it is cancelled.
  const deactivate = page.getByRole('button', { name: 'Deactivate Sam Okafor' });
  const question = page.getByRole('heading', { name: 'Deactivate Sam Okafor?' });
  await deactivate.click();
  await expect(question).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(deactivate).toBeFocused();
  await deactivate.click();
  await expect(question).toBeFocused();
  await expect(
    page.getByText('Every action and KPI they own will move to Priya Raman.'),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, deactivate Sam Okafor' }).click();
  await expect(
    page.getByText('Sam Okafor is deactivated and their actions now belong to Priya Raman.'),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Sam Okafor.*Deactivated/ })).toBeVisible();
  await page.goto('/admin/strategy');
  await expect(
    page
      .getByRole('table', { name: 'Actions of commitment 3.9' })
      .getByRole('row', { name: /3\.9\.1 Offer every leaver.*Priya Raman/ }),
  ).toBeVisible();
});
