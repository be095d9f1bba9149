import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Moves focus with the Tab key alone until `target` has it, as a keyboard user would; fails if
 * the target is not reachable within `max` presses.
 */
export async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Could not reach ${target.toString()} with the Tab key in ${max} presses`);
}
