import { expectAccessible } from '@belonging/e2e';
import { expect, test, type Page } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The web app does not depend on fflate; the public site that writes the bundle does, so the check
// reads the bundle with the same library, resolved from there.
const fromPublicSite = createRequire(
  new URL('../../../packages/public-site/package.json', import.meta.url),
);
const { unzipSync } = fromPublicSite('fflate') as {
  unzipSync: (data: Uint8Array) => Record<string, Uint8Array>;
};

const PAGE = '/p/demo-partnership';

/** The page's headings, in order, as a reader of the page meets them. */
function headingsOf(page: Page): Promise<string[]> {
  return page.locator('h1, h2, h3, h4, h5, h6').allInnerTexts();
}

/** What the reader sees of the figures: every table cell, in order. */
function cellsOf(page: Page): Promise<string[]> {
  return page.locator('main td, main tbody th').allInnerTexts();
}

/** A colour and a font nhsuk-frontend's stylesheet sets, to tell it applied. */
function nhsukLook(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('.nhsuk-header');
    const body = getComputedStyle(document.body);
    return {
      header: header ? getComputedStyle(header).backgroundColor : 'no header',
      font: body.fontFamily,
      width: getComputedStyle(document.querySelector('.nhsuk-width-container') ?? document.body)
        .maxWidth,
    };
  });
}

// The public page has no script: a reader with JavaScript off sees all of it.
test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the demo trust’s public page reads with JavaScript off', async ({ page }) => {
    const answer = await page.goto(PAGE);
    expect(answer?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/: our progress$/);
    for (const n of [1, 2, 3]) {
      await expect(
        page.getByRole('heading', { level: 2, name: new RegExp(`^Ambition ${n}: `) }),
      ).toBeVisible();
    }
    await expect(page.getByText('Published on', { exact: true })).toBeVisible();
    await expect(page.getByText('Period covered', { exact: true })).toBeVisible();
    await expect(page.getByText('Demo data', { exact: true }).first()).toBeVisible();
    // Every trend chart is described, with a table of the same values beside it.
    const charts = page.getByRole('img', { name: /^Trend of / });
    expect(await charts.count()).toBeGreaterThan(0);
    await expect(page.getByRole('table', { name: /^Values of / }).first()).toBeAttached();

    // The first Tab reaches the skip link, which takes the reader to the main content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#maincontent$/);

    await page.getByRole('link', { name: 'Accessibility statement', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');

    // Printed, the page leaves out what only works on a screen.
    await page.goto(PAGE);
    await page.emulateMedia({ media: 'print' });
    await expect(skip).toBeHidden();
    await expect(page.locator('.nhsuk-footer')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
  });

  test('the downloaded bundle opens from disk and shows the same headings and figures, styled alike', async ({
    page,
  }) => {
    await page.goto(PAGE);
    const served = {
      headings: await headingsOf(page),
      cells: await cellsOf(page),
      look: await nhsukLook(page),
    };
    expect(served.look.header).toBe('rgb(0, 94, 184)');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download this page (ZIP)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^demo-partnership-progress-\d{4}-\d{2}-\d{2}\.zip$/,
    );
    const zipPath = await download.path();
    const files = unzipSync(new Uint8Array(await readFile(zipPath)));
    expect(Object.keys(files).sort()).toEqual([
      'accessibility.html',
      'figures.csv',
      'index.html',
      'styles.css',
    ]);

    const dir = await mkdtemp(path.join(os.tmpdir(), 'belonging-bundle-'));
    try {
      for (const [name, bytes] of Object.entries(files))
        await writeFile(path.join(dir, name), bytes);
      await page.goto(pathToFileURL(path.join(dir, 'index.html')).href);
      expect(await headingsOf(page)).toEqual(served.headings);
      expect(await cellsOf(page)).toEqual(served.cells);
      expect(await nhsukLook(page)).toEqual(served.look);

      await page
        .getByRole('link', { name: 'Accessibility statement', exact: true })
        .first()
        .click();
      await expect(page).toHaveURL(/accessibility\.html$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

// axe runs its checks as script in the page, so it needs JavaScript on; the page has no script of
// its own, so what it checks is the same markup a reader with JavaScript off gets.
test('axe finds no WCAG 2.2 A or AA problem on the public page', async ({ page }) => {
  // The whole strategy on one page is thousands of elements, checked at two widths: axe takes
  // most of a minute on a busy machine.
  test.setTimeout(180_000);
  await page.goto(PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/: our progress$/);
  await expectAccessible(page);
});

test('axe finds no WCAG 2.2 A or AA problem on the accessibility statement', async ({ page }) => {
  await page.goto(`${PAGE}/accessibility`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expectAccessible(page);
});
