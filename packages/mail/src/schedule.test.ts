import { updatePeriodWindow, DEMO_USERS, type Provider } from '@belonging/db';
import {
  readOutboxMessages,
  setEmailPaused,
  setUserName,
  testProviders,
  type DemoTestDatabase,
} from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, day } from '../test/days.ts';
import { APP_ORIGIN, DEMO_TODAY as TODAY, openDemoTrust } from '../test/demo-trust.ts';
import { updateEveryActionOf } from '../test/owner-updates.ts';
import { enqueueDueEmails } from './schedule.ts';

const SCRIPT_NAME = '<script>alert("owner")</script>';
const emailOf = (role: string) => DEMO_USERS.filter((u) => u.role === role).map((u) => u.email);

describe.each(testProviders())('the email schedule on %s', (provider: Provider) => {
  let t: DemoTestDatabase;
  let organisationId: string;
  let q3: string;
  const tick = (iso: string) => enqueueDueEmails(t.db, { now: at(iso), appOrigin: APP_ORIGIN });
  const outbox = () => readOutboxMessages(t.db, organisationId);
  /** Who has a message of this kind; for `overdue`, of this repeat step only. */
  const recipientsOf = async (kind: string, step?: number) =>
    (await outbox())
      .filter((m) => m.kind === kind && (step === undefined || m.dedupeKey.endsWith(`:${step}`)))
      .map((m) => m.toAddress)
      .sort();

  beforeAll(async () => {
    ({ t, organisationId, q3 } = await openDemoTrust(provider));
  });
  afterAll(async () => {
    await t.drop();
  });

  it('adds nothing while the current quarter is locked and the next window has not opened', async () => {
    expect(await tick('2026-12-03')).toEqual({ trusts: 1, enqueued: 0 });
  });

  it('opening the window enqueues window_opened to each owner with something due, and the digest to the EDI team', async () => {
    await setUserName(t.db, 'chief.nurse@belonging.test', SCRIPT_NAME);
    await updatePeriodWindow(t.db, q3, { windowOpens: TODAY, windowCloses: day('2027-01-21') });
    const result = await tick('2026-12-03');
    const owners = await recipientsOf('window_opened');
    // The four executive owners; the EDI lead owns KPIs too, but their values are all in.
    expect(owners).toEqual([
      'chief.nurse@belonging.test',
      'chief.people@belonging.test',
      'corporate.affairs@belonging.test',
      'medical.director@belonging.test',
    ]);
    for (const email of [...emailOf('board_member'), ...emailOf('network_rep')])
      expect(owners).not.toContain(email);
    expect(await recipientsOf('digest')).toEqual(emailOf('edi_admin'));
    expect(result.enqueued).toBe((await outbox()).length);
    expect(await recipientsOf('window_closing')).toEqual([]);
  });

  it('writes accessible HTML: lang, escaped names, links only on APP_ORIGIN', async () => {
    const messages = await outbox();
    const nurse = messages.find(
      (m) => m.kind === 'window_opened' && m.toAddress === 'chief.nurse@belonging.test',
    );
    expect(nurse?.subject).toBe(
      'Demo Partnership NHS Foundation Trust: 2026/27 Q3 updates are open until 21 January 2027',
    );
    expect(nurse?.htmlBody).toContain('&lt;script&gt;alert(&quot;owner&quot;)&lt;/script&gt;');
    for (const m of messages) {
      expect(m.htmlBody).toContain('<html lang="en-GB">');
      expect(m.htmlBody).not.toContain('<script');
      const hrefs = [...m.htmlBody.matchAll(/href="([^"]*)"/g)].map((h) => h[1] ?? '');
      expect(hrefs).toContain(`${APP_ORIGIN}/settings`);
      for (const href of hrefs) expect(href.startsWith(`${APP_ORIGIN}/`)).toBe(true);
      if (m.kind === 'window_opened') expect(hrefs).toContain(`${APP_ORIGIN}/actions`);
    }
  });

  it('a second tick the same day adds nothing', async () => {
    const before = (await outbox()).length;
    expect((await tick('2026-12-03')).enqueued).toBe(0);
    expect(await outbox()).toHaveLength(before);
  });

  it('an owner who has updated gets no closing reminder and no overdue repeat', async () => {
    const updated = await updateEveryActionOf(t.db, {
      organisationId,
      periodId: q3,
      email: 'chief.people@belonging.test',
    });
    expect(updated).toBeGreaterThan(0);
    await tick('2027-01-15');
    expect(await recipientsOf('window_closing')).toEqual([]);
    const digest = (await outbox()).find((m) => m.dedupeKey.includes(':2027-W02:'));
    expect(digest?.subject).toBe(
      'Demo Partnership NHS Foundation Trust: weekly EDI digest for 2026/27 Q3, the week beginning 11 January 2027',
    );
    expect(digest?.textBody).toContain('Updated (1)\n-----------\n\n- Daniel Hart');
    expect(digest?.textBody).toContain('Not updated yet (3)');
    await tick('2027-01-16');
    const closing = await recipientsOf('window_closing');
    expect(closing.length).toBeGreaterThan(0);
    expect(closing).not.toContain('chief.people@belonging.test');
    await tick('2027-01-22');
    expect(await recipientsOf('overdue', 0)).toEqual(closing);
    await tick('2027-01-24');
    expect(await recipientsOf('overdue', 1)).toEqual([]);
    await tick('2027-01-25');
    expect(await recipientsOf('overdue', 1)).toEqual(closing);
  });

  it('a paused trust gets nothing', async () => {
    await setEmailPaused(t.db, organisationId, true);
    expect((await tick('2027-01-28')).enqueued).toBe(0);
    await setEmailPaused(t.db, organisationId, false);
  });

  it('two ticks racing add each message once, and neither fails', async () => {
    const [a, b] = await Promise.all([tick('2027-01-28'), tick('2027-01-28')]);
    const repeats = await recipientsOf('overdue', 2);
    expect(repeats.length).toBeGreaterThan(0);
    // Step 2's repeats, each once (this week's digest went on Monday).
    expect(a.enqueued + b.enqueued).toBe(repeats.length);
    const keys = (await outbox()).map((m) => m.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
