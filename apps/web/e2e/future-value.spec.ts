import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';
import { OWNER, expectHeading, openNav } from './support.ts';

/** The first quarter end after today: a period that has not ended yet. */
function nextQuarterEnd(): Date {
  const today = new Date();
  const month = today.getMonth() - (today.getMonth() % 3) + 3;
  return new Date(Date.UTC(today.getFullYear(), month, 0));
}

test('an owner is told before sending that a value cannot be for a period that has not ended', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  const sent: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('kpi.recordMeasurement')) sent.push(r.url());
  });
  await signIn(page, OWNER);
  await openNav(page, 'KPIs');
  await page.getByRole('link', { name: /^WRES-1:/ }).click();
  await expectHeading(page, /^WRES-1:/);

  const end = nextQuarterEnd();
  const periodEnd = page.getByRole('group', { name: 'Period end' });
  await periodEnd.getByLabel('Day').fill(String(end.getUTCDate()));
  await periodEnd.getByLabel('Month').fill(String(end.getUTCMonth() + 1));
  await periodEnd.getByLabel('Year').fill(String(end.getUTCFullYear()));
  await page.getByLabel('Value (percent)').fill('33.9');
  await page.getByRole('button', { name: 'Record value' }).click();

  await expect(
    page.getByRole('link', { name: /is after today: the period end must be today or earlier$/ }),
  ).toBeVisible();
  expect(sent).toEqual([]);
  await expectAccessible(page);
  expect(errors).toEqual([]);
});
