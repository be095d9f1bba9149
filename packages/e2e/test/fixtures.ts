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
 * The widest element that pushes the page past the window, so a failure names what to fix. axe does
 * not check reflow (WCAG 1.4.10): a page that scrolls sideways at 320 px passes it.
 */
async function sidewaysScrollOf(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = window.innerWidth;
    if (root.scrollWidth <= width) return null;
    const clipped = (el: Element): boolean => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const name = (el: Element): string => {
      const cls = typeof el.className === 'string' ? el.className.trim() : '';
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls ? `.${cls.split(/\s+/).join('.')}` : ''}`;
    };
    // The outermost elements past the right edge that no scroll box of their own contains.
    const culprits = Array.from(document.body.querySelectorAll('*'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 && !clipped(el))
      .filter(
        (el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 0.5,
      )
      .slice(0, 3)
      .map(name);
    return `page-scrolls-sideways: ${root.scrollWidth} px wide in a ${width} px window (${culprits.join(', ') || 'unknown'})`;
  });
}

/** Exactly one `<title>` in the document: a second one (a page's own beside index.html's) is ignored by some screen readers. */
async function titleCountOf(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('title:not(svg title)').length);
}

/**
 * Fails with the rule ids and the offending elements when axe finds any WCAG A/AA violation, at
 * each of `AXE_WIDTHS` (a layout can break at 320 px only, as a table container that scrolls
 * without being focusable does), or when the page scrolls sideways at any of them (WCAG 1.4.10
 * reflow, which axe does not test), or when the document has other than one `<title>`. The page
 * is left at the width it had.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const original = page.viewportSize() ?? { width: 1280, height: 720 };
  const found: Record<string, string[]> = {};
  const titles = await titleCountOf(page);
  if (titles !== 1) found['document'] = [`document-title: ${titles} <title> elements, not 1`];
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
      const sideways = await sidewaysScrollOf(page);
      if (sideways) violations.push(sideways);
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
