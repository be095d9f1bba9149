import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'belonging-demo';

/** WCAG 2.2 A and AA, as NHS services must meet. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The widths every page is checked at: the desktop the tests run at, and a 320 px phone (WCAG 1.4.10). */
export const AXE_WIDTHS = [1280, 320] as const;

async function violationsOf(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/**
 * Fails with the rule ids and the offending elements when axe finds any WCAG A/AA violation, at
 * each of `AXE_WIDTHS` (a layout can break at 320 px only, as a table container that scrolls
 * without being focusable does). The page is left at the width it had.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const original = page.viewportSize() ?? { width: 1280, height: 720 };
  const found: Record<string, string[]> = {};
  try {
    for (const width of AXE_WIDTHS) {
      await page.setViewportSize({ width, height: original.height });
      // Two frames: the resize is laid out and what reacts to it (a table box that now scrolls) drawn.
      await page.evaluate(
        () =>
          new Promise<void>((done) =>
            requestAnimationFrame(() => requestAnimationFrame(() => done())),
          ),
      );
      const violations = await violationsOf(page);
      if (violations.length) found[`${width} px`] = violations;
    }
  } finally {
    await page.setViewportSize(original);
  }
  expect(found, `axe violations on ${page.url()}`).toEqual({});
}

/** Signs in through the web app's sign-in page, as a person would. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  // Signed in means landed: the app has left the sign-in page for the person's own start page.
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/** Collects console errors so a test can assert a page logged none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
