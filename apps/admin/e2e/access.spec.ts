import { DEMO_PASSWORD, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

// Every admin route, including forms and confirmation pages, must refuse anyone outside the EDI team.
const ADMIN_PAGES = [
  '/admin',
  '/admin/strategy',
  '/admin/strategy/ambitions/new',
  '/admin/strategy/commitments/new',
  '/admin/strategy/actions/new',
  '/admin/strategy/archive/ambition/any',
  '/admin/kpis',
  '/admin/kpis/new',
  '/admin/import',
  '/admin/periods',
  '/admin/periods/any/lock',
  '/admin/people',
  '/admin/eds',
  '/admin/audit',
];

for (const [who, email] of [
  ['an executive owner', 'chief.people@belonging.test'],
  ['a board member', 'chair@belonging.test'],
] as const) {
  test(`${who} is refused every admin page with a page that says so`, async ({ page }) => {
    await signIn(page, email);
    for (const path of ADMIN_PAGES) {
      await page.goto(path);
      await expect(
        page.getByRole('heading', { level: 1, name: 'You do not have access' }),
        path,
      ).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Menu' }), path).toHaveCount(0);
    }
    await expectAccessible(page);
    // The API refuses too: hiding the page is not the protection.
    const response = await page.request.get('/trpc/admin.user.list');
    expect(response.status()).toBe(403);
  });
}

test('someone not signed in is sent to the shared sign-in page, not shown a blank', async ({
  page,
}) => {
  await page.goto('/admin/periods');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Sign in to the admin app' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
    'href',
    '/sign-in?next=%2Fadmin%2Fperiods',
  );
  await expectAccessible(page);
  // Signing in there brings the EDI lead back to the admin page they asked for.
  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email address').fill('edi.lead@belonging.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin\/periods$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Reporting periods' })).toBeVisible();
});

test('every page change moves focus to the main content, including back to the first page opened', async ({
  page,
}) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/strategy');
  await expect(page).toHaveTitle('Strategy – Belonging Tracker admin');
  const menu = page.getByRole('navigation', { name: 'Menu' });
  await menu.getByRole('link', { name: 'KPIs', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'KPIs' })).toBeVisible();
  await expect(page).toHaveTitle('KPIs – Belonging Tracker admin');
  await expect(page.locator('#maincontent')).toBeFocused();
  await menu.getByRole('link', { name: 'Strategy', exact: true }).click();
  await expect(page).toHaveTitle('Strategy – Belonging Tracker admin');
  await expect(page.locator('#maincontent')).toBeFocused();
});

test('signing out of the admin app lands on the sign-in page, which says so', async ({ page }) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/strategy');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
  await expect(page.getByText('You have signed out.')).toBeVisible();
});
