import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

const EDI_LEAD = 'edi.lead@belonging.test';

test('the EDI lead adds a commitment, an action with an owner and a milestone, and a library KPI', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, EDI_LEAD);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'EDI team admin' })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Strategy' })
    .click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Ambition 1: Inclusive culture' }),
  ).toBeVisible();
  await expectAccessible(page);

  // A commitment under ambition 1.
  await page
    .getByRole('link', { name: 'Add a commitment to Ambition 1: Inclusive culture' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a commitment' })).toBeVisible();
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(page.getByRole('link', { name: 'Enter the commitment title' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Code', { exact: true }).fill('1.9');
  await page.getByLabel('Title', { exact: true }).fill('Inclusive rota planning in every ward');
  await page.getByLabel('Description (optional)').fill('Rotas that fit caring duties');
  await page.getByRole('button', { name: 'Save commitment' }).click();
  await expect(
    page.getByText('Commitment 1.9: Inclusive rota planning in every ward is saved.'),
  ).toBeVisible();
  await expect(
    page.getByRole('heading', {
      level: 3,
      name: 'Commitment 1.9: Inclusive rota planning in every ward',
    }),
  ).toBeVisible();
  // Changing it starts from what is stored.
  await page
    .getByRole('link', { name: 'Change Commitment 1.9: Inclusive rota planning in every ward' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Change commitment 1.9' }),
  ).toBeVisible();
  await expect(page.getByLabel('Description (optional)')).toHaveValue(
    'Rotas that fit caring duties',
  );
  await page.getByRole('link', { name: 'Back to the strategy' }).click();

  // An action with an executive owner, a delivery lead, a due date and framework tags.
  await page.getByRole('link', { name: 'Add an action to commitment 1.9' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an action' })).toBeVisible();
  await expect(page.getByLabel('Commitment', { exact: true })).toHaveValue(/.+/);
  await page.getByLabel('Code', { exact: true }).fill('1.9.1');
  await page
    .getByLabel('Title', { exact: true })
    .fill('Publish rotas six weeks ahead for staff with caring duties');
  await page.getByLabel('Executive owner').selectOption({ label: 'Priya Raman, Chief Nurse' });
  await page.getByLabel('Delivery lead (optional)').fill('Deputy Chief Nurse');
  await page.getByLabel('Due date', { exact: true }).fill('2027-03-31');
  await page.getByLabel('BAF risk reference (optional)').fill('BAF 7.3');
  await page.getByLabel('NHS EDI Improvement Plan codes (optional)').fill('4a, 9z');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(
    page.getByRole('link', { name: '9z: EDI plan codes run from 1a to 6f' }),
  ).toBeVisible();
  await page.getByLabel('NHS EDI Improvement Plan codes (optional)').fill('4a');
  await page.getByLabel('EDS 2022 outcomes (optional)').fill('2a');
  await page.getByRole('button', { name: 'Add action' }).click();
  await expect(page.getByText('Action 1.9.1 is added. Add its milestones below.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Change action 1.9.1' })).toBeVisible();
  await expect(page.getByLabel('Executive owner')).toHaveValue(/.+/);
  await expect(page.getByText('Original due date: 31 March 2027.')).toBeVisible();

  // A milestone on the new action.
  await expect(page.getByText('This action has no milestones yet.')).toBeVisible();
  await page.getByLabel('Milestone title').fill('Rota policy agreed with staff side');
  await page.getByLabel('Milestone due date').fill('2026-09-30');
  await page.getByRole('button', { name: 'Add milestone' }).click();
  const milestones = page.getByRole('table', { name: 'Milestones of action 1.9.1' });
  await expect(
    milestones.getByRole('row', { name: /Rota policy agreed with staff side 30 September 2026/ }),
  ).toBeVisible();
  await expectAccessible(page);

  // The strategy shows the action under its commitment with its owner.
  await page.getByRole('link', { name: 'Back to the strategy' }).click();
  const actions = page.getByRole('table', { name: 'Actions of commitment 1.9' });
  await expect(
    actions.getByRole('row', {
      name: /1\.9\.1 Publish rotas six weeks ahead.*Priya Raman.*31 March 2027/,
    }),
  ).toBeVisible();

  // A KPI from the NHS indicator library, placed under the new commitment.
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'KPIs' }).click();
  await page.getByRole('link', { name: 'Add a KPI' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a KPI' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Indicator').selectOption('WDES-10');
  // The indicator's help shows as soon as it is chosen, before it is used.
  await expect(page.getByTestId('indicator-help')).toContainText('Which way is better');
  await page.getByRole('button', { name: 'Use this indicator' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Add WDES-10 from the NHS indicator library' }),
  ).toBeVisible();
  await expect(page.getByText('Where the data comes from', { exact: true })).toBeVisible();
  await page
    .getByLabel('Where the KPI sits in the strategy')
    .selectOption({ label: 'Commitment 1.9: Inclusive rota planning in every ward' });
  await page.getByLabel('KPI code (optional)').fill('WDES-10-WARDS');
  await page.getByLabel('Baseline value').fill('-4');
  await page.getByLabel('Baseline date').fill('2025-03-31');
  await page.getByLabel('Target value').fill('0');
  await page.getByLabel('Target date').fill('2028-03-31');
  // The preview answers before anything is saved: the path is drawn, and with a target and a
  // direction set, all the KPI still needs for a colour is its first value.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(
    preview.getByText('Colour now: Not rated yet: it needs a first value.', { exact: true }),
  ).toBeVisible();
  await expect(preview.getByRole('img', { name: /baseline, trajectory and target/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create KPI' }).click();
  await expect(page.getByText('WDES-10-WARDS is saved.')).toBeVisible();
  await expect(page.getByRole('row', { name: /WDES-10-WARDS.*Commitment 1\.9/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('ambitions move down and up with the keyboard, and focus stays on the moved ambition', async ({
  page,
}) => {
  await signIn(page, EDI_LEAD);
  await page.goto('/admin/strategy');
  const headings = page.getByRole('heading', { level: 2, name: /^Ambition \d/ });
  await expect(headings.first()).toHaveText('Ambition 1: Inclusive culture');

  const moveDown = page.getByRole('button', { name: 'Move down Ambition 1: Inclusive culture' });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Ambition 1: Inclusive culture moved down.' }),
  ).toBeAttached();
  await expect(headings.nth(1)).toHaveText('Ambition 1: Inclusive culture');
  await expect(moveDown).toBeFocused();

  // Back up again, from the keyboard: Shift+Tab reaches "Move up" just before it.
  await page.keyboard.press('Shift+Tab');
  await expect(
    page.getByRole('button', { name: 'Move up Ambition 1: Inclusive culture' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(headings.first()).toHaveText('Ambition 1: Inclusive culture');
  await expectAccessible(page);
});
