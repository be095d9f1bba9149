import { makeQueryClient, makeTRPCClient, TRPCProvider } from '@belonging/client';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmailPreferencesForm, type TEmailPreferences } from './email-preferences-form.tsx';

afterEach(cleanup);

/** The form with the app's clients; nothing here sends a request. */
function renderForm(saved: TEmailPreferences) {
  const queryClient = makeQueryClient();
  const trpcClient = makeTRPCClient();
  render(
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <EmailPreferencesForm saved={saved} />
      </TRPCProvider>
    </QueryClientProvider>,
  );
}

describe('your email preferences', () => {
  it('offers an owner reminders only, ticked as saved, each box labelled and described', () => {
    renderForm({ emailReminders: false, emailDigest: null, offersDigest: false });
    const reminders = screen.getByRole('checkbox', { name: 'Email me when my updates are due' });
    expect((reminders as HTMLInputElement).checked).toBe(false);
    expect(reminders.getAttribute('aria-describedby')).toBe('field-emailReminders-hint');
    expect(screen.queryByRole('checkbox', { name: /weekly digest/ })).toBeNull();
    fireEvent.click(reminders);
    expect((reminders as HTMLInputElement).checked).toBe(true);
  });

  it('tells the board and the EDI team that reminders include the locked report notice', () => {
    renderForm({ emailReminders: true, emailDigest: true, offersDigest: true });
    expect(document.getElementById('field-emailReminders-hint')?.textContent).toMatch(
      /board report is locked/,
    );
  });

  it('offers the EDI team the weekly digest too', () => {
    renderForm({ emailReminders: true, emailDigest: true, offersDigest: true });
    const digest = screen.getByRole('checkbox', { name: 'Email me the weekly digest' });
    expect((digest as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('group', { name: 'Email' })).toBeTruthy();
  });
});
