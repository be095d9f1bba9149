import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';
import { BOARD_MEMBER, OWNER, expectHeading, openNav, showLiveReport } from './support.ts';

test('an owner updates an action, completes a milestone and records a KPI value, and the board sees it in the live report', async ({
  page,
  browser,
}) => {
  const errors = collectConsoleErrors(page);
  const narrative = `Board session re-planned with the staff networks (${Date.now()})`;

  await signIn(page, OWNER);
  await expect(page).toHaveURL(/\/actions$/);
  await expectHeading(page, 'My actions');
  await expect(page.getByRole('region', { name: 'Demo data' })).toBeVisible();
  await expect(page.getByTestId('window-closes')).toContainText(/\d{1,2} [A-Z][a-z]+ 20\d\d/);
  await expect(page.locator('[data-group]').first()).toHaveAttribute('data-group', 'overdue');
  await expectAccessible(page);

  await page.getByRole('link', { name: /^1\.1\.3:/ }).click();
  await expectHeading(page, /^1\.1\.3:/);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Update this action' }).click();
  await expectHeading(page, 'Update this action');
  await page.getByLabel('Progress this quarter').fill(narrative);
  await page.getByLabel('Progress (percent complete)').fill('65');
  await page.getByRole('group', { name: 'Your RAG view' }).getByLabel('Amber').check();
  // Amber needs a recovery action, and the form says so before anything is sent.
  await expect(page.getByLabel('Recovery action (required)')).toBeVisible();
  await page.getByRole('button', { name: 'Submit update' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: /Enter a recovery action/ })).toBeVisible();
  await expectAccessible(page);

  await page
    .getByLabel('Recovery action (required)')
    .fill('Extra facilitator time agreed; the session moves to January.');
  await page.getByRole('button', { name: 'Submit update' }).click();
  await expect(page.getByText('Your update to 1.1.3 has been saved.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Update history' })).toContainText(narrative);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Mark as complete Board reflections published' }).click();
  await expectHeading(page, 'Mark a milestone as complete');
  await page
    .getByLabel('Link to the evidence (optional)')
    .fill('https://intranet.example.nhs.uk/board-reflections');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(
    page.getByText('Milestone "Board reflections published" is marked as complete.'),
  ).toBeVisible();
  const milestoneRow = page.getByRole('row', { name: /Board reflections published/ });
  await expect(milestoneRow).toContainText('Blue');
  await expect(milestoneRow.getByRole('link', { name: /Evidence/ })).toBeVisible();

  await openNav(page, 'KPIs');
  await expectHeading(page, 'KPIs');
  await expectAccessible(page);
  await page.getByRole('link', { name: /^WRES-1:/ }).click();
  await expectHeading(page, /^WRES-1:/);
  await expect(
    page.getByRole('img', { name: /values against the trajectory and target/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: /SPC chart with mean and process limits/ }),
  ).toBeVisible();
  await expect(page.getByTestId('spc-icons')).toContainText('Variation:');
  const periodEnd = page.getByRole('group', { name: 'Period end' });
  await periodEnd.getByLabel('Day').fill('30');
  await periodEnd.getByLabel('Month').fill('9');
  await periodEnd.getByLabel('Year').fill('2026');
  await page.getByLabel('Value (percent)').fill('33.9');
  await page.getByRole('button', { name: 'Record value' }).click();
  await expect(
    page.getByText('33.9% is recorded for the period ending 30 September 2026.'),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /30 September 2026/ })).toContainText('33.9%');
  await expectAccessible(page);
  expect(errors).toEqual([]);

  const boardContext = await browser.newContext();
  const board = await boardContext.newPage();
  const boardErrors = collectConsoleErrors(board);
  await signIn(board, BOARD_MEMBER);
  await expect(board).toHaveURL(/\/report$/);
  await expectHeading(board, /^Board report/);
  await showLiveReport(board);
  await expect(board.getByTestId('exceptions')).toContainText(narrative);
  await expect(
    board.getByRole('region', { name: 'KPIs' }).getByRole('row', { name: /WRES-1:/ }),
  ).toContainText('33.9%');
  await expectAccessible(board);
  expect(boardErrors).toEqual([]);
  await boardContext.close();
});
