import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';
import { BOARD_MEMBER, OWNER, expectHeading, openNav } from './support.ts';

test('an owner who opens the admin app is told it is for the EDI team', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, OWNER);
  await page.goto('/admin/');
  await expectHeading(page, 'You do not have access');
  await expect(page.getByText(/Only the EDI team can use the admin app/)).toBeVisible();
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test("an owner may read someone else's action but is refused its update and milestone pages", async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, OWNER);
  await openNav(page, 'Strategy');
  await expectHeading(page, /Strategy/);
  await expectAccessible(page);
  await page.getByText(/^Ambition 3:/).click();
  await page.getByText(/^3\.1:/).click();
  // 3.1.2 belongs to the Chief Nurse.
  await page.getByRole('link', { name: /^3\.1\.2:/ }).click();
  await expectHeading(page, /^3\.1\.2:/);
  await expect(page.getByTestId('not-owner')).toContainText(
    'can update this action and its milestones',
  );
  await expect(page.getByRole('link', { name: 'Update this action' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Mark as complete/ })).toHaveCount(0);
  await expectAccessible(page);

  const actionUrl = page.url();
  await page.goto(`${actionUrl}/update`);
  await expectHeading(page, 'You cannot update this action');
  await expect(page.getByTestId('refusal')).toContainText('can update it');
  await expect(page.getByLabel('Progress this quarter')).toHaveCount(0);
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test('a board member who opens My actions is told the page is for executive owners', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, BOARD_MEMBER);
  await expect(
    page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My actions' }),
  ).toHaveCount(0);
  await page.goto('/actions');
  await expectHeading(page, 'You cannot see this page');
  await expect(page.getByTestId('refusal')).toHaveText('My actions is for executive owners.');
  await expectAccessible(page);
  expect(errors).toEqual([]);
});

test('a page that does not exist says so', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, BOARD_MEMBER);
  await page.goto('/kpis/no-such-kpi');
  await expectHeading(page, 'Page not found');
  await expect(page.getByText('That KPI does not exist in your trust.')).toBeVisible();
  await expectAccessible(page);
  expect(errors).toEqual([]);
});
