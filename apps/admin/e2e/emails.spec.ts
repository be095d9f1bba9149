import { addOutboxMessages, expectAccessible, signIn } from '@belonging/e2e';
import { expect, test } from '@playwright/test';

// Far ahead of anything the demo's own schedule writes, so these rows head the newest-first table.
const AT = (minute: number) => new Date(Date.UTC(2099, 0, 1, 9, minute)).toISOString();

const FAILED_SUBJECT = 'Browser test: your update closes in 5 days';
const WAITING_SUBJECT = 'Browser test: the update window is open';

test.beforeAll(() => {
  addOutboxMessages([
    {
      recipientEmail: 'chief.people@belonging.test',
      kind: 'window_closing',
      subject: FAILED_SUBJECT,
      state: 'failed',
      attempts: 1,
      lastError: '550 5.1.1 Mailbox unavailable',
      createdAt: AT(1),
    },
    {
      recipientEmail: 'chief.nurse@belonging.test',
      kind: 'window_opened',
      subject: WAITING_SUBJECT,
      textBody: 'Update your actions by 21 October.',
      // A script in an email must never run where the EDI team reads it.
      htmlBody:
        '<!doctype html><html lang="en-GB"><head><title>The update window is open</title></head><body><h1>The update window is open</h1><p id="said">Update your actions by 21 October.</p><script>document.getElementById("said").textContent = "A script ran"</script></body></html>',
      createdAt: AT(2),
    },
  ]);
});

test('the EDI team sees failed emails from the home page, and the outbox with every status in words', async ({
  page,
}) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/');
  await expect(page.getByText(/could not be sent/)).toBeVisible();
  await page.getByRole('link', { name: 'See the failed emails' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Emails' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /emails? failed/ })).toBeVisible();
  const failedRow = page.getByRole('row', { name: new RegExp(FAILED_SUBJECT) });
  await expect(failedRow).toContainText('Daniel Hart');
  await expect(failedRow).toContainText('Failed');
  await expect(failedRow).toContainText('Reason: 550 5.1.1 Mailbox unavailable');
  await expect(page.getByRole('row', { name: new RegExp(WAITING_SUBJECT) })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByLabel('Show').selectOption({ label: 'Every email' });
  await page.getByRole('button', { name: 'Show emails' }).click();
  await expect(page.getByRole('row', { name: new RegExp(WAITING_SUBJECT) })).toContainText(
    'Waiting to be sent',
  );
  await expect(
    page.getByText('Email is not configured on this server: messages wait here and are not sent.'),
  ).toBeVisible();
});

test('an email shows as sent, its HTML in a sandboxed frame where no script runs, and its plain text', async ({
  page,
}) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/emails');
  await page
    .getByRole('row', { name: new RegExp(WAITING_SUBJECT) })
    .getByRole('link')
    .click();
  await expect(page.getByRole('heading', { level: 1, name: WAITING_SUBJECT })).toBeVisible();
  const frame = page.frameLocator('iframe[title^="The email"]');
  await expect(frame.getByRole('heading', { name: 'The update window is open' })).toBeVisible();
  await expect(frame.getByText('Update your actions by 21 October.')).toBeVisible();
  await expect(frame.getByText('A script ran')).toHaveCount(0);
  await expect(page.locator('pre')).toHaveText('Update your actions by 21 October.');
  await expectAccessible(page);
});

test('pausing all email asks first, shows a banner and holds waiting emails; resuming lifts it', async ({
  page,
}) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/emails/settings');
  await page.getByLabel('Pause all email for this trust').check();
  await page.getByRole('button', { name: 'Save email settings' }).click();
  await expect(
    page.getByRole('heading', { name: /Pause all email for this trust\?/ }),
  ).toBeFocused();
  await page.getByRole('button', { name: 'Yes, pause all email' }).click();
  await expect(
    page.getByText('Email settings saved. All email for the trust is paused.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /Email is paused for this trust/ })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/admin/emails?status=paused');
  await expect(page.getByRole('row', { name: new RegExp(WAITING_SUBJECT) })).toContainText(
    'Held: email is paused',
  );

  await page.goto('/admin/emails/settings');
  await page.getByLabel('Pause all email for this trust').uncheck();
  await page.getByRole('button', { name: 'Save email settings' }).click();
  await expect(page.getByText('Email settings saved.', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Email is paused for this trust/ })).toHaveCount(
    0,
  );
});

test('a bad number of days is named beside its field and saves nothing', async ({ page }) => {
  await signIn(page, 'edi.lead@belonging.test');
  await page.goto('/admin/emails/settings');
  const reminder = page.getByLabel('Remind owners this many days before the update window closes');
  await reminder.fill('30');
  await page.getByRole('button', { name: 'Save email settings' }).click();
  await expect(
    page.getByRole('link', {
      name: 'The reminder before the window closes must be between 1 and 14 days',
    }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(
    page.getByLabel('Remind owners this many days before the update window closes'),
  ).not.toHaveValue('30');
});
