import { EMAIL_PREFERENCE_LABELS, type TDueEmail } from '@belonging/domain';
import { describe, expect, it } from 'vitest';
import { day } from '../../test/days.ts';
import { emailLinks, renderDueEmail } from './index.ts';

const ORIGIN = 'https://tracker.example.nhs.uk';
const period = {
  id: 'q3',
  label: '2026/27 Q3',
  windowOpens: day('2026-12-17'),
  windowCloses: day('2027-01-21'),
  lockedAt: day('2027-02-01'),
};
const recipient = { id: 'u1', name: '<script>alert("x")</script>', email: 'a&b@example.nhs.uk' };
const actions = [{ id: 'a1', code: '1.1.1', title: 'Tom & Jerry <b>', dueDate: day('2027-03-31') }];
const base = { recipient, period };
const dues: TDueEmail[] = [
  {
    ...base,
    kind: 'window_opened',
    dedupeKey: 'k1',
    actions,
    kpis: [{ id: 'k', code: 'WRES-1', title: 'BME at 8a+' }],
  },
  { ...base, kind: 'window_closing', dedupeKey: 'k2', actions, daysLeft: 5 },
  { ...base, kind: 'overdue', dedupeKey: 'k3', actions, step: 0, daysOverdue: 1 },
  {
    ...base,
    kind: 'digest',
    dedupeKey: 'k4',
    week: '2026-W51',
    weekStarts: day('2026-12-14'),
    content: {
      updated: [{ id: 'u2', name: 'Amir Patel' }],
      notUpdated: [{ id: 'u3', name: 'Zara <Khan>', actions }],
      newRedAndAmber: [
        {
          kind: 'kpi',
          id: 'k',
          code: 'WRES-1',
          title: 'BME at 8a+',
          owner: null,
          rag: 'red',
          previousRag: 'green',
        },
      ],
    },
  },
  { ...base, kind: 'snapshot_locked', dedupeKey: 'k5' },
];
const trustName = 'Demo "Partnership" NHS Foundation Trust';

describe.each(dues.map((d) => [d.kind, d] as const))('the %s email', (_, due) => {
  const email = renderDueEmail(due, { trustName, appOrigin: `${ORIGIN}/ignored/path` });

  it('names the trust and the period in its subject', () => {
    expect(email.subject).toContain(trustName);
    expect(email.subject).toContain('2026/27 Q3');
  });

  it('is an accessible page: British English, one real heading, no images', () => {
    expect(email.htmlBody).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(email.htmlBody.match(/<h1>/g)).toHaveLength(1);
    expect(email.htmlBody).not.toMatch(/<img/i);
  });

  it('escapes every value it puts in the HTML', () => {
    expect(email.htmlBody).not.toContain('<script>');
    expect(email.htmlBody).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(email.htmlBody).not.toMatch(/<b>|<Khan>/);
    expect(email.htmlBody).toContain('Demo &quot;Partnership&quot; NHS Foundation Trust');
  });

  it('links only to the app origin, and says why it was sent and how to change that', () => {
    const hrefs = [...email.htmlBody.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) expect(href?.startsWith(`${ORIGIN}/`)).toBe(true);
    expect(hrefs).toContain(`${ORIGIN}/settings`);
    expect(email.htmlBody).toContain('You get this email because');
    expect(email.textBody).toContain(`Your settings: ${ORIGIN}/settings`);
    expect(email.textBody).toContain(recipient.name);
  });
});

describe('the links of each message', () => {
  const hrefsOf = (due: TDueEmail) =>
    [
      ...renderDueEmail(due, { trustName, appOrigin: ORIGIN }).htmlBody.matchAll(/href="([^"]*)"/g),
    ].map((m) => m[1]);

  it('send owners straight to My actions', () => {
    for (const due of dues.slice(0, 3)) expect(hrefsOf(due)).toContain(`${ORIGIN}/actions`);
  });

  it('send the board to the locked report', () => {
    expect(hrefsOf(dues[4] as TDueEmail)).toContain(`${ORIGIN}/report?period=q3`);
  });

  it('refuse an origin that is not a web address', () => {
    expect(() => emailLinks('javascript:alert(1)')).toThrow(/appOrigin must be an http/);
    expect(() => emailLinks('tracker.example.nhs.uk')).toThrow(/appOrigin/);
  });

  it('name the box on Your settings that stops them, as the page labels it', () => {
    const settingOf = (due: TDueEmail) =>
      renderDueEmail(due, { trustName, appOrigin: ORIGIN }).textBody;
    for (const due of [...dues.slice(0, 3), dues[4] as TDueEmail])
      expect(settingOf(due)).toContain(`"${EMAIL_PREFERENCE_LABELS.emailReminders}" is ticked`);
    expect(settingOf(dues[3] as TDueEmail)).toContain(
      `"${EMAIL_PREFERENCE_LABELS.emailDigest}" is ticked`,
    );
  });

  it('keep a subject on one line', () => {
    const email = renderDueEmail(dues[4] as TDueEmail, {
      trustName: 'Bad\r\nBcc: x@y',
      appOrigin: ORIGIN,
    });
    expect(email.subject).not.toMatch(/[\r\n]/);
  });
});
