import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test, type Page } from '@playwright/test';
import { CONFLICT_OWNER, expectHeading } from './support.ts';

async function fillUpdate(page: Page, narrative: string): Promise<void> {
  await page.getByLabel('Progress this quarter').fill(narrative);
  await page.getByRole('group', { name: 'Your RAG view' }).getByLabel('No view').check();
  // Whatever colour the action has, a recovery action is never refused.
  await page.getByLabel(/^Recovery action/).fill('Weekly check-ins until back on track.');
}

test('when someone else saves first, the owner sees both updates, keeps their text and resubmits', async ({
  page,
  browser,
}) => {
  const errors = collectConsoleErrors(page);
  const mine = `My update, typed first (${Date.now()})`;
  const theirs = `Their update, saved first (${Date.now()})`;

  await signIn(page, CONFLICT_OWNER);
  await expectHeading(page, 'My actions');
  await page.locator('[data-group="in_progress"]').getByRole('link').first().click();
  await expectHeading(page, /^\d+\.\d+\.\d+:/);
  await page.getByRole('link', { name: 'Update this action' }).click();
  await expectHeading(page, 'Update this action');
  const updateUrl = page.url();
  await fillUpdate(page, mine);

  // The same owner, in another browser, saves an update to the same action first.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, CONFLICT_OWNER);
  await other.goto(updateUrl);
  await expectHeading(other, 'Update this action');
  await fillUpdate(other, theirs);
  await other.getByRole('button', { name: 'Submit update' }).click();
  await expect(other.getByText(/has been saved/)).toBeVisible();
  await otherContext.close();

  await page.getByRole('button', { name: 'Submit update' }).click();
  const conflict = page.getByTestId('conflict');
  await expect(conflict).toContainText('Someone else saved an update first');
  await expect(page.getByTestId('their-update')).toContainText(theirs);
  await expect(page.getByTestId('my-update')).toContainText(mine);
  await expect(page.getByLabel('Progress this quarter')).toHaveValue(mine);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Resubmit my update' }).click();
  await expect(page.getByText(/has been saved/)).toBeVisible();
  const history = page.getByRole('region', { name: 'Update history' });
  await expect(history).toContainText(mine);
  await expect(history).toContainText(theirs);
  expect(errors).toEqual([]);
});
