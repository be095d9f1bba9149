import { expectAccessible, signIn } from '@belonging/e2e';
import { expect, test, type Page } from '@playwright/test';

const EDI_LEAD = 'edi.lead@belonging.test';
const AMBITION_3 = 'Ambition 3: No discrimination, bullying or harassment';

/** A commitment under ambition 3 and an action due 30 June 2027 in it; lands on the action page. */
async function addCommitmentAndAction(page: Page, code: string) {
  await page.goto('/admin/strategy/commitments/new');
  await page.getByLabel('Ambition', { exact: true }).selectOption({ label: AMBITION_3 });
  await page.getByLabel('Code', { exact: true }).fill(code);
  await page.getByLabel('Title', { exact: true }).fill('Exit interviews for every leaver');
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await page.getByRole('link', { name: `Add an action to commitment ${code}` }).click();
  await page.getByLabel('Code', { exact: true }).fill(`${code}.1`);
  await page.getByLabel('Title', { exact: true }).fill('Offer an independent exit interview');
  const owner = page.getByLabel('Executive owner');
  await owner.selectOption(
    (await owner.locator('option', { hasText: 'Priya Raman' }).getAttribute('value')) ?? '',
  );
  await page.getByLabel('Due date', { exact: true }).fill('2027-06-30');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Change action ${code}.1` }),
  ).toBeVisible();
}

test('a commitment code used under the same ambition is refused, naming the clash', async ({
  page,
}) => {
  await signIn(page, EDI_LEAD);
  await addCommitmentAndAction(page, '3.K');
  await page.goto('/admin/strategy/commitments/new');
  await page.getByLabel('Ambition', { exact: true }).selectOption({ label: AMBITION_3 });
  await page.getByLabel('Code', { exact: true }).fill('3.K');
  await page.getByLabel('Title', { exact: true }).fill('The same code again');
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(
    page.getByRole('link', {
      name: 'Commitment 3.K already exists under Ambition 3: choose another code',
    }),
  ).toBeVisible();
  await expectAccessible(page);
});

// The menu has grown to eleven sections, so a keyboard user passes it by the skip link, as the
// NHS pattern intends: every key press from the top of the page counts, the skip link's included.
test('a keyboard user reaches the new milestone’s title in fewer than 15 key presses', async ({
  page,
}) => {
  await signIn(page, EDI_LEAD);
  await addCommitmentAndAction(page, '3.L');
  await page.reload();
  const title = page.getByLabel('Milestone title');
  await expect(title).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  let presses = 2;
  const link = page.getByRole('link', { name: 'Add a milestone' });
  while (presses < 15 && !(await link.evaluate((el) => el === document.activeElement))) {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  await page.keyboard.press('Enter');
  presses += 1;
  await expect(title).toBeFocused();
  expect(presses).toBeLessThan(15);
});

test('milestone dates outside the action are refused, and a duplicate asks first', async ({
  page,
}) => {
  await signIn(page, EDI_LEAD);
  await addCommitmentAndAction(page, '3.M');
  await page.getByLabel('Milestone title').fill('Pilot exit interviews');
  await page.getByLabel('Milestone due date').fill('2027-07-31');
  await page.getByRole('button', { name: 'Add milestone' }).click();
  const range =
    'The due date must be on or before the action’s due date: choose a day between 1 April 2023 and 30 June 2027';
  await expect(page.getByRole('link', { name: range })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Milestone due date').fill('2027-05-31');
  await page.getByRole('button', { name: 'Add milestone' }).click();
  await expect(page.getByText('Milestone “Pilot exit interviews” is saved.')).toBeVisible();

  await page.getByLabel('Milestone title').fill(' pilot exit interviews ');
  await page.getByLabel('Milestone due date').fill('2027-05-31');
  await page.getByRole('button', { name: 'Add milestone' }).click();
  const question = page.getByRole('heading', { name: 'This milestone already exists' });
  await expect(question).toBeFocused();
  await expect(page.getByText(/due on 31 May 2027\. Add it anyway\?/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, add it anyway' }).click();
  await expect(page.getByText('is saved.')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Milestones of action 3.M.1' }).getByRole('row'),
  ).toHaveCount(3);
});

test('archived items are listed with who archived them, and restore puts them back where they were', async ({
  page,
}) => {
  await signIn(page, EDI_LEAD);
  await addCommitmentAndAction(page, '3.N');
  await page.getByLabel('Milestone title').fill('Questions agreed with staff networks');
  await page.getByLabel('Milestone due date').fill('2026-12-31');
  await page.getByRole('button', { name: 'Add milestone' }).click();
  await page
    .getByRole('link', { name: 'Archive milestone Questions agreed with staff networks' })
    .click();
  await page
    .getByRole('button', { name: 'Yes, archive milestone “Questions agreed with staff networks”' })
    .click();
  await expect(page.getByText('This action has no milestones yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the strategy' }).click();
  await page.getByRole('link', { name: 'Archive action 3.N.1' }).click();
  await page
    .getByRole('button', { name: 'Yes, archive action 3.N.1: Offer an independent exit interview' })
    .click();

  await page.getByRole('link', { name: 'Archived items' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Archived items' })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Archived actions' }).getByRole('row', {
      name: /Action 3\.N\.1: Offer an independent exit interview.*by Ama Owusu/,
    }),
  ).toBeVisible();
  await expectAccessible(page);

  // The milestone cannot come back while its action is archived.
  const milestone = 'Milestone “Questions agreed with staff networks”';
  await page.getByRole('link', { name: `Restore ${milestone}` }).click();
  await page.getByRole('button', { name: `Yes, restore ${milestone}` }).click();
  await expect(
    page.getByText(
      'Milestone “Questions agreed with staff networks” cannot be restored while action 3.N.1 is archived: restore action 3.N.1 first.',
    ),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Cancel' }).click();

  const action = 'Action 3.N.1: Offer an independent exit interview';
  await page.getByRole('link', { name: `Restore ${action}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Restore ${action}?` })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: `Yes, restore ${action}` }).click();
  await expect(page.getByText(`${action} is restored.`)).toBeVisible();
  await page.getByRole('link', { name: `Restore ${milestone}` }).click();
  await page.getByRole('button', { name: `Yes, restore ${milestone}` }).click();
  await expect(page.getByText(`${milestone} is restored.`)).toBeVisible();

  await page.goto('/admin/strategy');
  await page.getByRole('link', { name: /^3\.N\.1 Offer an independent exit interview/ }).click();
  await expect(
    page
      .getByRole('table', { name: 'Milestones of action 3.N.1' })
      .getByRole('row', { name: /Questions agreed with staff networks/ }),
  ).toBeVisible();
});

test('the EDI lead resets a password, shown once and changed at first sign-in, and reactivates a leaver', async ({
  page,
}) => {
  await signIn(page, EDI_LEAD);
  await page.goto('/admin/people');
  await page.getByLabel('Full name').fill('Jo Mensah');
  await page.getByLabel('Email address').fill('jo.mensah@belonging.test');
  await page.getByLabel('EDI team').check();
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText(/Jo Mensah can now sign in/)).toBeVisible();
  await page.getByRole('link', { name: 'Jo Mensah' }).click();

  const reset = page.getByRole('button', { name: 'Reset Jo Mensah’s password' });
  await reset.click();
  await expect(page.getByRole('heading', { name: 'Reset Jo Mensah’s password?' })).toBeFocused();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, reset Jo Mensah’s password' }).click();
  const shown = page.locator('.bt-temporary-password');
  await expect(shown).toBeVisible();
  const temporary = (await shown.textContent()) ?? '';
  expect(temporary.length).toBeGreaterThanOrEqual(16);
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByText(temporary)).toHaveCount(0);

  // Signed in with it, Jo must choose their own password before anything else, in both apps.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/sign-in/);
  await signIn(page, 'jo.mensah@belonging.test', temporary);
  await expect(page.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();
  await page.goto('/admin');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Change your temporary password' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/sign-in/);

  // A leaver comes back.
  await signIn(page, EDI_LEAD);
  await page.goto('/admin/people');
  await page.getByRole('link', { name: 'Jo Mensah' }).click();
  await page.getByRole('button', { name: 'Deactivate Jo Mensah' }).click();
  await page.getByRole('button', { name: 'Yes, deactivate Jo Mensah' }).click();
  await expect(page.getByRole('row', { name: /Jo Mensah.*Deactivated/ })).toBeVisible();
  await page.getByRole('link', { name: 'Jo Mensah' }).click();
  await page.getByRole('button', { name: 'Reactivate Jo Mensah' }).click();
  await expect(page.getByRole('heading', { name: 'Reactivate Jo Mensah?' })).toBeFocused();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, reactivate Jo Mensah' }).click();
  await expect(page.getByText('Jo Mensah is active again.')).toBeVisible();
  await expect(page.getByRole('row', { name: /Jo Mensah.*Active/ })).toBeVisible();
});
