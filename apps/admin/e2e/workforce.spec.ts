import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test, type Page } from '@playwright/test';

const EDI_LEAD = 'edi.lead@belonging.test';
const root = fileURLToPath(new URL('../../../', import.meta.url));
const HEADER =
  'person_id,ethnicity,sex,disability,staff_group,band,board,hourly_pay,bonus_pay,disciplinary,capability,training';

let sampleDir: string;

test.beforeAll(() => {
  // A small synthetic trust from the sample generator: no real person is in it.
  sampleDir = mkdtempSync(path.join(os.tmpdir(), 'belonging-e2e-sample-'));
  execFileSync(
    'pnpm',
    [
      '--silent',
      'workforce:sample',
      '--',
      '--staff',
      '240',
      '--recruitment',
      '90',
      '--out',
      sampleDir,
    ],
    { cwd: root, stdio: 'ignore' },
  );
});

test.afterAll(() => rmSync(sampleDir, { recursive: true, force: true }));

/** Notes every state the upload's status region passes through, however briefly it shows. */
async function watchUploadStatus(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { uploadStates: string[] }).uploadStates = seen;
    new MutationObserver(() => {
      if (document.getElementById('workforce-progress')) seen.push('progress');
      if (document.body.textContent?.includes('Computing the figures…')) seen.push('computing');
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { uploadStates: string[] }).uploadStates);
}

test('the EDI lead uploads a year of staff data, checks every figure, and saves it to the KPIs', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, EDI_LEAD);
  await page.goto('/admin/workforce');
  await expect(page.getByRole('heading', { level: 1, name: 'Workforce data' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Workforce data' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Staff file').setInputFiles(path.join(sampleDir, 'staff.csv'));
  await page
    .getByLabel('Recruitment file (optional)')
    .setInputFiles(path.join(sampleDir, 'recruitment.csv'));
  await expect(page.getByText('Chosen: staff.csv')).toBeVisible();
  const states = await watchUploadStatus(page);
  await page.getByRole('button', { name: 'Upload and compute the figures' }).click();

  const figures = page.getByRole('heading', { level: 2, name: /^Figures at \d+ March \d{4}$/ });
  await expect(figures).toBeFocused();
  expect(new Set(await states())).toEqual(new Set(['progress', 'computing']));

  // A WRES relative likelihood with its verdict in words.
  const wres2 = page.getByRole('row', { name: /WRES-2: White over BME applicants/ });
  await expect(wres2).toContainText(/\d\.\d\d/);
  await expect(wres2).toContainText(/Not adverse|Adverse: above 1\.25|Outside the range/);
  // A pay gap.
  await expect(
    page.getByRole('term').filter({ hasText: 'Gender: mean hourly pay gap' }),
  ).toBeVisible();
  await expect(
    page.locator('.nhsuk-summary-list__row', { hasText: 'Gender: mean hourly pay gap' }),
  ).toContainText(/-?\d+\.\d%/);
  // The intersectional table: small groups are marked * and "Hidden" in words.
  const intersect = page.getByRole('region', { name: /Intersectional breakdown/ });
  await expect(intersect.getByRole('row', { name: /^BME women, Disabled / })).toBeVisible();
  const hidden = intersect.getByRole('row').filter({ hasText: 'Hidden: fewer than 10 people' });
  await expect(hidden.first()).toContainText('*');
  await expect(intersect.getByRole('row').filter({ hasText: 'Shown' }).first()).toBeVisible();
  await expect(intersect).toHaveAttribute('tabindex', '0');
  await expectAccessible(page);

  // Save to KPIs: the plan, a confirmation, then what was saved.
  const plan = page.getByRole('region', { name: 'What saving these figures does to each KPI' });
  await expect(plan.getByRole('row', { name: /^WRES-2/ })).toBeVisible();
  await page.getByRole('button', { name: 'Save to KPIs' }).click();
  const question = page.getByRole('heading', { name: /^Save these figures to \d+ KPIs?\?$/ });
  await expect(question).toBeFocused();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Yes, save to KPIs' }).click();
  const banner = page.getByRole('status').filter({ hasText: 'Saved the figures at' });
  await expect(banner).toContainText(/to \d+ KPIs?: .*WRES-2/);
  await expect(page.getByRole('heading', { name: 'Success', exact: true })).toBeFocused();

  // The upload is listed with its provenance, saved.
  const past = page.getByRole('region', { name: 'Past uploads, newest first' });
  await expect(past.getByRole('row').nth(1)).toContainText(
    /staff\.csv: 240 rows, SHA-256 [0-9a-f]{64}/,
  );
  await expect(past.getByRole('row').nth(1)).toContainText(/Yes, .* by /);
  expect(errors).toEqual([]);
});

test('a staff file with bad rows is refused with each line, column and value; nothing is kept', async ({
  page,
}) => {
  await signIn(page, EDI_LEAD);
  await page.goto('/admin/workforce');
  const good = 'clinical,Band 5,none,15.50,,no,no,yes';
  const csv = [
    HEADER,
    `P-1,A,female,no,${good}`,
    `P-2,Martian,female,no,${good}`,
    `P-3,C,male,maybe,${good}`,
  ].join('\n');
  await page
    .getByLabel('Staff file')
    .setInputFiles({ name: 'staff.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Upload and compute the figures' }).click();

  await expect(page.getByRole('heading', { name: 'The files were not accepted' })).toBeVisible();
  await expect(page.getByText('2 rows have problems, so nothing has been kept.')).toBeVisible();
  const problems = page.getByRole('region', { name: 'Rows with problems' });
  await expect(problems.getByRole('row', { name: /Staff Line 3 ethnicity Martian/ })).toBeVisible();
  await expect(problems.getByRole('row', { name: /Staff Line 4 disability maybe/ })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: Workforce data/);
  await expectAccessible(page);
});

test('a file that is not CSV or Excel is stopped in the browser, naming the field; nothing is sent', async ({
  page,
}) => {
  await signIn(page, EDI_LEAD);
  await page.goto('/admin/workforce');
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/workforce/uploads')) sent.push(request.url());
  });
  await page.getByLabel('Staff file').setInputFiles({
    name: 'staff.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(readFileSync(path.join(sampleDir, 'staff.csv'))),
  });
  await page.getByRole('button', { name: 'Upload and compute the figures' }).click();
  const link = page.getByRole('link', {
    name: 'The staff file must be a CSV or Excel (.xlsx) file',
  });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.getByLabel('Staff file')).toBeFocused();
  expect(sent).toEqual([]);
  await expectAccessible(page);
});
