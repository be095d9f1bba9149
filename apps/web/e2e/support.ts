import { expect, type Page } from '@playwright/test';

export const OWNER = 'chief.people@belonging.test';
export const KEYBOARD_OWNER = 'chief.nurse@belonging.test';
export const CONFLICT_OWNER = 'medical.director@belonging.test';
export const BOARD_MEMBER = 'chair@belonging.test';

/** Waits for the page's main heading: what a person sees first when a page has loaded. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

export async function openNav(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name, exact: true })
    .click();
}

/** The live reporting period (not a locked snapshot) chosen on the board report page. */
export async function showLiveReport(page: Page): Promise<void> {
  const select = page.getByLabel('Reporting period');
  const live = await select.locator('option', { hasText: '(live)' }).first().getAttribute('value');
  expect(live, 'a live reporting period to choose').toBeTruthy();
  await select.selectOption(live ?? '');
  await page.getByRole('button', { name: 'Show report' }).click();
  await expect(page.getByTestId('report-status')).toContainText('Live position');
}
