import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './keyboard.ts';

const EDI_LEAD = 'edi.lead@belonging.test';
const PUBLIC_PAGE = '/p/demo-partnership';

/** Chooses the newest locked quarter, previews it and publishes it, by keyboard. */
async function previewAndPublish(page: Page, { checkAccessible = false } = {}) {
  const section = page.getByRole('region', { name: /^Publish (the|a newer) page$/ });
  await tabTo(page, section.getByRole('button', { name: 'Preview the page' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Preview: what the public will see' }),
  ).toBeFocused();
  // The frame shows the page the server would publish, marked as a preview.
  const frame = page.frameLocator('iframe[title^="Preview of the public progress page for "]');
  await expect(frame.getByRole('heading', { level: 1, name: /: our progress$/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the preview in a new tab' })).toHaveAttribute(
    'target',
    '_blank',
  );

  await tabTo(page, page.getByRole('button', { name: 'Publish this page' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Publish this page\?$/ })).toBeFocused();
  await expect(page.getByText('Everyone on the internet will be able to read it.')).toBeVisible();
  // The question, and the framed preview itself, pass the same accessibility check.
  if (checkAccessible) await expectAccessible(page);
  await tabTo(page, page.getByRole('button', { name: 'Yes, publish this page' }));
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^Success.*is published\. Anyone can read it now\.$/ }),
  ).toBeVisible();
}

test('the EDI lead previews, publishes, republishes and unpublishes the public page, by keyboard', async ({
  page,
}) => {
  // axe reads the framed preview too: a whole public page, at two widths.
  test.setTimeout(120_000);
  const errors = collectConsoleErrors(page);
  await signIn(page, EDI_LEAD);
  await page.goto('/admin/publication');
  await expect(page.getByRole('heading', { level: 1, name: 'Public progress page' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Published now' })).toBeVisible();
  await expectAccessible(page);

  await previewAndPublish(page, { checkAccessible: true });
  const published = page.getByRole('region', { name: 'Published now' });
  await expect(published.getByText('Published by')).toBeVisible();
  await expect(published.getByText('Ama Owusu')).toBeVisible();
  await expect(
    page.getByRole('link', { name: `Open the public page at ${PUBLIC_PAGE}` }),
  ).toBeVisible();

  // Anyone can read it: the same browser opens it beside the admin app.
  const reader = await page.context().newPage();
  const first = await reader.goto(PUBLIC_PAGE);
  expect(first?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1, name: /: our progress$/ })).toBeVisible();

  // Unpublished: the page answers 404 at once.
  await tabTo(page, page.getByRole('button', { name: 'Unpublish the page' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Unpublish the public page\?$/ })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Yes, unpublish the page' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'The public progress page is unpublished.' }),
  ).toBeVisible();
  await expect(published.getByText(/^Nothing is published\./)).toBeVisible();
  expect((await reader.goto(PUBLIC_PAGE))?.status()).toBe(404);

  // Published again, so the demo keeps a public page for everyone else.
  await previewAndPublish(page);
  expect((await reader.goto(PUBLIC_PAGE))?.status()).toBe(200);
  await expect(reader.getByRole('heading', { level: 1, name: /: our progress$/ })).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Pages published, newest first' }).getByRole('row'),
  ).not.toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the EDI lead marks a commitment internal and public again on its own page, by keyboard', async ({
  page,
}) => {
  await signIn(page, EDI_LEAD);
  await page.goto('/admin/strategy');
  await page.getByRole('link', { name: /^Change Commitment 1\.1: / }).click();
  const setting = page.getByRole('region', { name: 'Public progress page' });
  const box = setting.getByRole('checkbox', { name: 'Internal: never published' });
  await expect(box).not.toBeChecked();
  await expectAccessible(page);

  const save = setting.getByRole('button', { name: 'Save the public page setting' });
  for (const words of [
    'Saved: Commitment 1.1 is internal.',
    'Saved: Commitment 1.1 can appear on the public progress page',
  ]) {
    await tabTo(page, box);
    await page.keyboard.press('Space');
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await expect(setting.getByRole('status')).toContainText(words);
  }
  await page.reload();
  await expect(box).not.toBeChecked();
});

test('the EDI lead keeps an action’s narrative inside the trust and lets it out again, by keyboard', async ({
  page,
}) => {
  await signIn(page, EDI_LEAD);
  await page.goto('/admin/strategy');
  await page.getByRole('link', { name: /^1\.1\.3 / }).click();
  const section = page.getByRole('region', { name: 'Progress narratives on the public page' });
  const newest = section.getByRole('checkbox').first();
  await expect(newest).toBeVisible();
  const wasInternal = await newest.isChecked();
  await expectAccessible(page);

  const save = section.getByRole('button', { name: 'Save the narratives setting' });
  for (let turn = 0; turn < 2; turn += 1) {
    await tabTo(page, newest);
    await page.keyboard.press('Space');
    await tabTo(page, save);
    await page.keyboard.press('Enter');
    await expect(section.getByRole('status')).toHaveText(
      'Saved: 1 narrative changed. The public progress page shows the change from the next publication.',
    );
  }
  await page.reload();
  await expect(newest).toBeChecked({ checked: wasInternal });
});
