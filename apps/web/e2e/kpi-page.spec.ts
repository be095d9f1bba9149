import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';
import { BOARD_MEMBER, expectHeading, openNav } from './support.ts';

test('a KPI page hides small groups as * with the reason, and says when there are too few points for SPC', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, BOARD_MEMBER);
  await openNav(page, 'KPIs');
  await expectHeading(page, 'KPIs');

  await page.getByRole('link', { name: /^WRES-7:/ }).click();
  await expectHeading(page, /^WRES-7:/);
  const breakdown = page.getByRole('region', { name: 'Breakdown by group' });
  const other = breakdown.getByRole('row', { name: /^Other/ });
  await expect(other.getByTestId('suppressed')).toContainText('*');
  await expect(other).toContainText('Fewer than 10 people');
  await expect(breakdown.getByRole('row', { name: /^White/ })).toContainText('%');
  await expect(page.getByRole('table', { name: 'Data table: every value' })).toBeVisible();
  await expect(page.getByText(/can record its values/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Record value' })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Back to KPIs' }).click();
  await page.getByRole('link', { name: /^WRES-2:/ }).click();
  await expectHeading(page, /^WRES-2:/);
  await expect(page.getByTestId('spc-not-enough')).toContainText(
    /Not enough points for SPC \(\d+ of 13\)/,
  );
  await expect(page.getByTestId('spc-icons')).toHaveCount(0);
  await expect(page.getByTestId('spc-rule-set')).toContainText(
    'Limits: mean ± 2.66 × average moving range.',
  );
  await expectAccessible(page);
  expect(errors).toEqual([]);
});
