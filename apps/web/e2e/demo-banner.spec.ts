import { collectConsoleErrors, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';
import { BOARD_MEMBER, expectHeading } from './support.ts';

test.use({ viewport: { width: 320, height: 640 } });

test('at 320 px the demo notice is one line, and hiding it by keyboard is remembered', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await signIn(page, BOARD_MEMBER);
  await expectHeading(page, /^Board report/);
  const banner = page.getByRole('region', { name: 'Demo data' });
  await expect(banner).toBeVisible();
  // One line of text and a button: well under a fifth of the first screen, so the page comes first.
  const box = await banner.boundingBox();
  expect(box?.height ?? 999).toBeLessThanOrEqual(56);
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect((heading?.y ?? 999) + (heading?.height ?? 0)).toBeLessThan(640);
  await expectAccessible(page);

  const hide = banner.getByRole('button', { name: 'Hide the demo data notice' });
  await hide.focus();
  await expect(hide).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(banner).toHaveCount(0);
  await expect(page.locator('#maincontent')).toBeFocused();

  await page.reload();
  await expectHeading(page, /^Board report/);
  await expect(page.getByRole('region', { name: 'Demo data' })).toHaveCount(0);
  expect(errors).toEqual([]);
});
