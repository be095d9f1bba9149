import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './keyboard.ts';

const EDI_LEAD = 'edi.lead@belonging.test';
const HEADER = 'KPI code,Period end,Value,Group,Numerator,Denominator,Note';

/** Every API call the page makes to the import, so a test can say none was sent. */
function importCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/trpc/admin.import')) calls.push(request.url());
  });
  return calls;
}

async function checkFile(page: Page, name: string, buffer: Buffer, mimeType = 'text/csv') {
  await page.getByLabel('Upload a file').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('button', { name: 'Check the file' }).click();
}

/** The last day of a financial-year quarter from its label: "2026/27 Q2" ends on 2026-09-30. */
function quarterEnd(label: string): string {
  const [, year, quarter] = /^(\d{4})\/\d{2} Q([1-4])$/.exec(label) ?? [];
  const ends = ['06-30', '09-30', '12-31', '03-31'];
  const q = Number(quarter);
  return `${Number(year) + (q === 4 ? 1 : 0)}-${ends[q - 1] ?? ''}`;
}

test.beforeEach(async ({ page }) => {
  await signIn(page, EDI_LEAD);
});

test('a 20.4 MB file is refused by its size in words before anything is sent', async ({ page }) => {
  const calls = importCalls(page);
  await page.goto('/admin/import');
  const big = Buffer.alloc(Math.round(20.4 * 1024 * 1024), 'a');
  await checkFile(page, 'big.csv', big);
  const message =
    'The file is 20.4 MB; the largest file you can import is 5 MB. Split it into smaller files.';
  await expect(page.getByRole('link', { name: message })).toBeVisible();
  await expect(page.locator('#field-file-error')).toContainText(message);
  await expect(page.getByText('PAYLOAD_TOO_LARGE')).toHaveCount(0);
  expect(calls).toEqual([]);
  await expectAccessible(page);
});

test('a workbook renamed .csv says "This is not a CSV file", before anything is sent', async ({
  page,
}) => {
  const calls = importCalls(page);
  await page.goto('/admin/import');
  const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
  await checkFile(page, 'measurements.csv', zip);
  await expect(page.locator('#field-file-error')).toContainText(
    'This is not a CSV file: it is an Excel workbook (.xlsx) or another zipped file.',
  );
  await expect(page.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  expect(calls).toEqual([]);
  await expectAccessible(page);
});

test('a value for a locked quarter says so in the preview and needs a tick before it is imported', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/admin/periods');
  const lockedRow = page.getByRole('row').filter({ hasText: 'Locked' }).first();
  const label = ((await lockedRow.getByRole('rowheader').textContent()) ?? '').trim();
  expect(label).toMatch(/^\d{4}\/\d{2} Q[1-4]$/);

  await page.goto('/admin/import');
  const csv = [HEADER, `WRES-1,${quarterEnd(label)},31.2,Locked quarter check,,,`].join('\n');
  await checkFile(page, 'locked.csv', Buffer.from(csv));
  await expect(page.getByRole('heading', { name: 'The 1 row is valid' })).toBeFocused();
  await expect(
    page.getByText(
      `${label} is locked: the board’s snapshot will not change; the live figures will. 1 row of the file is for it, from line 2.`,
    ),
  ).toBeVisible();
  await expectAccessible(page);

  // Without the tick nothing is sent, and the error summary names the tick box.
  const calls = importCalls(page);
  await tabTo(page, page.getByRole('button', { name: 'Import 1 measurement' }));
  await page.keyboard.press('Enter');
  const summaryLink = page.getByRole('link', {
    name: 'Tick the box to confirm you want to import values for a locked quarter',
  });
  await expect(summaryLink).toBeVisible();
  await expect(page.locator('.nhsuk-error-summary')).toBeFocused();
  expect(calls).toEqual([]);
  await expectAccessible(page);

  // Ticked by keyboard, the import goes ahead.
  await summaryLink.click();
  const tick = page.getByRole('checkbox', {
    name: new RegExp(`^I understand: import the values for ${label.replace('/', '\\/')}`),
  });
  await expect(tick).toBeFocused();
  await page.keyboard.press('Space');
  await expect(tick).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Import 1 measurement' }));
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: '1 measurement from locked.csv has been imported.' }),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('the workforce upload, too, says a workbook renamed .csv is not a CSV file before sending it', async ({
  page,
}) => {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/workforce/uploads')) sent.push(request.url());
  });
  await page.goto('/admin/workforce');
  await page.getByLabel('Staff file').setInputFiles({
    name: 'staff.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]),
  });
  await page.getByRole('button', { name: 'Upload and compute the figures' }).click();
  await expect(
    page.getByRole('link', {
      name: /^The staff file is not a CSV file: it is an Excel workbook \(\.xlsx\)/,
    }),
  ).toBeVisible();
  expect(sent).toEqual([]);
  await expectAccessible(page);
});
