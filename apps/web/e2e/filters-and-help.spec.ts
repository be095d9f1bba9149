import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';
import { OWNER, expectHeading, openNav } from './support.ts';

test('an owner filters My actions by address and by form, edits and deletes a comment, and opens help from the report', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, OWNER);
  await expectHeading(page, 'My actions');
  const count = page.getByTestId('filter-count');
  const filters = page.getByRole('search', { name: 'Filter actions' });
  const all = Number((await count.textContent())?.match(/Showing all (\d+) actions/)?.[1]);
  expect(all).toBeGreaterThan(1);

  // A shared link opens with its filter in force and shown in the form.
  await page.goto('/actions?status=not_started');
  await expectHeading(page, 'My actions');
  await expect(filters.getByLabel('Status')).toHaveValue('not_started');
  await expect(count).toContainText(new RegExp(`^Showing \\d+ of ${all} actions$`));
  await expect(page.locator('[data-group="in_progress"], [data-group="complete"]')).toHaveCount(0);
  await expectAccessible(page);

  // The form puts the filter in the address; back returns to the previous filter.
  await filters.getByRole('link', { name: 'Clear filters' }).click();
  await expect(count).toHaveText(`Showing all ${all} actions`);
  await filters.getByLabel('Due').selectOption('overdue');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/\?due=overdue$/);
  await expect(page.locator('[data-group]').first()).toHaveAttribute('data-group', 'overdue');
  await filters.getByLabel('Code or title contains').fill('no action is called this');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByTestId('no-matches')).toHaveText(
    `No actions match these filters. Clear filters to see all ${all} actions.`,
  );
  await expectAccessible(page);
  await page.goBack();
  await expect(page).toHaveURL(/\?due=overdue$/);
  await expect(filters.getByLabel('Code or title contains')).toHaveValue('');
  await expect(filters.getByLabel('Due')).toHaveValue('overdue');

  // Edit and delete one's own comment.
  await page.locator('[data-group] a').first().click();
  await expect(page.getByRole('heading', { name: 'Comments' })).toBeVisible();
  const body = `A comment to change (${Date.now()})`;
  await page.getByLabel('Add a comment').fill(body);
  await page.getByRole('button', { name: 'Add comment' }).click();
  const item = page.getByRole('listitem').filter({ hasText: body });
  await item.getByRole('button', { name: /^Edit your comment of/ }).click();
  const box = page.getByLabel('Edit your comment');
  await expect(box).toBeFocused();
  await box.fill(`${body}, with better words`);
  await page.getByRole('button', { name: 'Save comment' }).click();
  const edited = page.getByRole('listitem').filter({ hasText: `${body}, with better words` });
  await expect(edited.getByTestId('comment-edited')).toContainText('edited');
  await expect(edited.getByRole('button', { name: /^Edit your comment of/ })).toBeFocused();
  await expectAccessible(page);

  await edited.getByRole('button', { name: /^Delete your comment of/ }).click();
  await expect(page.locator(':focus')).toContainText('Delete this comment?');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, delete comment' }).click();
  await expect(page.locator(':focus')).toHaveText(/^Comment deleted by its author on /);
  await expect(page.getByText(body)).toHaveCount(0);
  await expectAccessible(page);

  // The report filters by address too, and its colour key leads to help.
  await openNav(page, 'Board report');
  await expectHeading(page, /^Board report/);
  const reportFilters = page.getByRole('search', { name: 'Filter exceptions and KPIs' });
  await reportFilters.getByLabel('Colour').selectOption('red');
  await reportFilters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/rag=red/);
  await expect(page.getByTestId('filter-count')).toContainText(
    /^Showing \d+ of \d+ exceptions and KPIs$/,
  );
  await expectAccessible(page);
  await page.getByRole('link', { name: 'What the colours mean' }).click();
  await expectHeading(page, 'Help: reading the tracker');
  await expect(page.getByRole('heading', { name: 'What the colours mean' })).toBeFocused();
  await expectAccessible(page);
  expect(errors).toEqual([]);
});
