import { readFileSync } from 'node:fs';
import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './keyboard.ts';

const EDI_LEAD = 'edi.lead@belonging.test';
const HEADER = 'KPI code,Period end,Value,Group,Numerator,Denominator,Note';

/** How many imports the audit trail records; 0 when its empty state shows. */
async function importsInAudit(page: Page): Promise<number> {
  await page.goto('/admin/audit?entity=import');
  const rows = page.getByRole('table', { name: 'Changes, newest first' }).getByRole('row');
  const empty = page.getByText('No changes match these filters.');
  await expect(rows.first().or(empty)).toBeVisible();
  return (await empty.isVisible()) ? 0 : (await rows.count()) - 1;
}

/** Picks a file and checks it, with the keyboard alone. */
async function checkFileWithKeyboard(page: Page, csv: string) {
  const fileInput = page.getByLabel('Upload a file');
  // Listen before tabbing: Playwright starts intercepting file choosers when the listener is
  // added, and the Tab presses give that time to reach the browser before Space opens one.
  const chooser = page.waitForEvent('filechooser');
  await tabTo(page, fileInput);
  await page.keyboard.press('Space');
  await (
    await chooser
  ).setFiles({ name: 'measurements.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await tabTo(page, page.getByRole('button', { name: 'Check the file' }));
  await page.keyboard.press('Enter');
}

test('a CSV with one bad row is refused with its line and reason, then imported once fixed, by keyboard', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, EDI_LEAD);
  const before = await importsInAudit(page);

  await page.goto('/admin/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import measurements' })).toBeVisible();
  await expectAccessible(page);
  const bad = [
    HEADER,
    'NSS-BELONG,2022-03-31,58.5,,,,',
    'WRES-5,2022-03-31,140,,,,',
    'NSS-BELONG,2022-03-31,61,Black women,120,330,',
  ].join('\n');
  await checkFileWithKeyboard(page, bad);

  await expect(page.getByRole('heading', { name: 'The file was not imported' })).toBeVisible();
  await expect(
    page.getByText('1 of 3 rows has a problem, so nothing has been saved.'),
  ).toBeVisible();
  const problems = page.getByRole('table', { name: 'Rows with problems' });
  await expect(problems.getByRole('row')).toHaveCount(2);
  await expect(
    problems.getByRole('row', {
      name: /Line 3 Value WRES-5 is a percentage: the value must be between 0 and 100, not 140/,
    }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
  await expectAccessible(page);
  // The import report lists every row with its outcome.
  const download = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Download the import report (CSV)' }));
  await page.keyboard.press('Enter');
  const text = readFileSync(await (await download).path(), 'utf8');
  expect(text).toContain('3,WRES-5,2022-03-31,140,,,,,Refused,"WRES-5 is a percentage');
  expect(await importsInAudit(page)).toBe(before);

  // Fixed and imported again: all three rows go in, in one import.
  await page.goto('/admin/import');
  await checkFileWithKeyboard(page, bad.replace('WRES-5,2022-03-31,140', 'WRES-5,2022-03-31,31.4'));
  // Focus moves to the outcome, never back to the page itself.
  await expect(page.getByRole('heading', { name: 'All 3 rows are valid' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: 'Import 3 measurements' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({
      hasText: '3 measurements from measurements.csv have been imported.',
    }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Success', exact: true })).toBeFocused();
  expect(await importsInAudit(page)).toBe(before + 1);
  // The newest import event reads in words: what happened and how many rows came in.
  const newest = page.getByRole('row', { name: /Measurements imported/ }).first();
  await expect(newest).toContainText(/Rows imported\s*Before: none → After: 3(?!\d)/);
  expect(errors).toEqual([]);
});

test('the EDI lead locks a period by keyboard after a confirmation, and the board then sees it as a locked snapshot', async ({
  page,
}) => {
  await signIn(page, EDI_LEAD);
  await page.goto('/admin/periods');
  await expect(page.getByRole('heading', { level: 1, name: 'Reporting periods' })).toBeVisible();
  await expectAccessible(page);
  // A period whose update window has closed and which the board has not yet had frozen.
  const row = page.getByRole('row').filter({ hasText: 'Window closed, not locked' }).first();
  const lockLink = row.getByRole('link', { name: /^Lock \d{4}\/\d{2} Q[1-4]$/ });
  const label = ((await lockLink.textContent()) ?? '').replace(/^Lock\s*/, '').trim();
  const periodId =
    /\/periods\/([^/]+)\/lock/.exec((await lockLink.getAttribute('href')) ?? '')?.[1] ?? '';
  expect(label).toMatch(/^\d{4}\/\d{2} Q[1-4]$/);

  await tabTo(page, lockLink);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Lock ${label}?` })).toBeVisible();
  await expect(page.getByText('The board snapshot will be frozen.')).toBeVisible();
  await expectAccessible(page);
  await tabTo(page, page.getByRole('button', { name: `Yes, lock ${label}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${label} is locked. The board snapshot is frozen`)).toBeVisible();
  await expect(
    page.getByRole('row', { name: new RegExp(`${label.replace('/', '\\/')}.*Locked`) }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: `Lock ${label}` })).toHaveCount(0);

  // A board member now reads that period as the frozen snapshot.
  await page.context().clearCookies();
  await signIn(page, 'chair@belonging.test');
  await page.goto(`/report?period=${periodId}`);
  await expect(
    page.getByRole('heading', { level: 1, name: `Board report: ${label}` }),
  ).toBeVisible();
  await expect(page.getByTestId('report-status')).toContainText('Locked snapshot');
});
