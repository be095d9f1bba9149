import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { EmailNotices, FailedEmailsLine } from './email-notices.tsx';
import { EmailsTable, type TEmailRow } from './emails-table.tsx';

afterEach(cleanup);

const inRouter = (ui: React.ReactNode) => render(<MemoryRouter>{ui}</MemoryRouter>);

describe('what the Emails page says first', () => {
  it('says nothing when email is on, the server can send and nothing failed', () => {
    inRouter(<EmailNotices emailPaused={false} mailConfigured failedCount={0} />);
    expect(screen.queryByText(/paused|not configured|failed/i)).toBeNull();
  });

  it('says email is paused, the server cannot send, and how many failed', () => {
    inRouter(<EmailNotices emailPaused mailConfigured={false} failedCount={2} />);
    expect(screen.getByRole('heading', { name: /Email is paused for this trust/ })).toBeTruthy();
    expect(
      screen.getByText(
        'Email is not configured on this server: messages wait here and are not sent.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { name: /2 emails failed/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Show the failed emails' }).getAttribute('href')).toBe(
      '/emails?status=failed',
    );
  });

  it('puts one line on the home page only when something failed', () => {
    const { container } = inRouter(<FailedEmailsLine failedCount={0} />);
    expect(container.textContent).toBe('');
    cleanup();
    inRouter(<FailedEmailsLine failedCount={1} />);
    expect(screen.getByText(/1 email could not be sent/)).toBeTruthy();
  });
});

const row: TEmailRow = {
  id: 'm1',
  recipientName: 'Daniel Hart',
  toAddress: 'chief.people@belonging.test',
  kindWords: 'Reminder before the window closes',
  subject: 'Your update is due on 21 October',
  status: 'failed',
  statusWords: 'Failed',
  createdAt: new Date('2026-10-14T08:00:00Z'),
  sentAt: null,
  failedAt: new Date('2026-10-14T08:05:00Z'),
  attempts: 3,
  lastError: '550 Mailbox unavailable',
};

describe('the outbox table', () => {
  it('shows the status in words with the reason it failed, and links to the email', () => {
    inRouter(<EmailsTable rows={[row]} />);
    const cells = screen.getAllByRole('cell').map((c) => c.textContent);
    expect(cells[0]).toBe('Daniel Hartchief.people@belonging.test');
    expect(cells[2]).toBe('FailedReason: 550 Mailbox unavailable');
    expect(cells[3]).toMatch(/^Failed /);
    expect(cells[4]).toBe('3');
    expect(
      screen
        .getByRole('link', { name: /^Your update is due on 21 October\s*\(view the email\)$/ })
        .getAttribute('href'),
    ).toBe('/emails/m1');
  });
});
