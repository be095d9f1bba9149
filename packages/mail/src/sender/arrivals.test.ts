import { updatePeriodWindow } from '@belonging/db';
import { readOutboxMessages, setEmailPaused, type DemoTestDatabase } from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, day } from '../../test/days.ts';
import { APP_ORIGIN, openDemoTrust } from '../../test/demo-trust.ts';
import { updateEveryActionOf } from '../../test/owner-updates.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../test/smtp-test-server.ts';
import { enqueueDueEmails } from '../schedule.ts';
import { deliverDueEmails } from './deliver.ts';
import { createSmtpSender } from './smtp-sender.ts';

const UPDATED_OWNER = 'chief.people@belonging.test';

// What reaches a real SMTP server, parsed: the closing reminders of the demo's Q3, to the owners
// with something missing only, and nothing at all while the trust has paused email.
describe('the reminders that arrive', () => {
  let t: DemoTestDatabase;
  let smtp: TestSmtpServer;
  let organisationId: string;
  const deliver = () => {
    const sender = createSmtpSender({
      smtpUrl: smtp.url,
      mailFrom: 'Belonging Tracker <no-reply@tracker.example.nhs.uk>',
    });
    return deliverDueEmails(t.db, sender, { workerId: 'arrivals', leaseMs: 60_000 }).finally(() =>
      sender.close(),
    );
  };

  beforeAll(async () => {
    const demo = await openDemoTrust('sqlite');
    ({ t, organisationId } = demo);
    const { q3 } = demo;
    smtp = await startTestSmtpServer();
    await updatePeriodWindow(t.db, q3, {
      windowOpens: day('2027-01-05'),
      windowCloses: day('2027-01-21'),
    });
    const updated = await updateEveryActionOf(t.db, {
      organisationId,
      periodId: q3,
      email: UPDATED_OWNER,
    });
    expect(updated).toBeGreaterThan(0);
    // Five days before the close: the closing reminders (and the week's digest) are due.
    await enqueueDueEmails(t.db, { now: at('2027-01-16'), appOrigin: APP_ORIGIN });
  });
  afterAll(async () => {
    await smtp.close();
    await t.drop();
  });

  it('none while the trust has paused email', async () => {
    await setEmailPaused(t.db, organisationId, true);
    expect((await deliver()).sent).toBe(0);
    expect(smtp.dataCount()).toBe(0);
    await setEmailPaused(t.db, organisationId, false);
  });

  it('to each owner with something missing, never the one who updated, linking on APP_ORIGIN', async () => {
    const queued = await readOutboxMessages(t.db, organisationId);
    const result = await deliver();
    expect(result.sent).toBe(queued.length);
    const closing = smtp.received.filter((m) => m.subject.includes('updates close'));
    const to = closing.flatMap((m) => m.to).sort();
    expect(to.length).toBeGreaterThan(0);
    expect(to).not.toContain(UPDATED_OWNER);
    expect(to).toEqual(
      queued
        .filter((m) => m.kind === 'window_closing')
        .map((m) => m.toAddress)
        .sort(),
    );
    for (const mail of closing) {
      expect(mail.subject).toBe(
        'Demo Partnership NHS Foundation Trust: 2026/27 Q3 updates close in 5 days (21 January 2027)',
      );
      expect(mail.lang).toBe('en-GB');
      const hrefs = [...mail.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(hrefs).toContain(`${APP_ORIGIN}/actions`);
      for (const href of hrefs)
        expect(href?.slice(0, APP_ORIGIN.length + 1)).toBe(`${APP_ORIGIN}/`);
      expect(mail.text).toContain(`${APP_ORIGIN}/settings`);
    }
  });
});
