import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import { makeApiWrapper } from '../../../test/with-api.tsx';
import { EmailSettingsForm } from './email-settings-form.tsx';

afterEach(cleanup);

const SAVED = { emailPaused: false, reminderDaysBeforeClose: 5, overdueRepeatDays: 3 };

function renderForm() {
  const Api = makeApiWrapper();
  render(
    <Api>
      <MemoryRouter>
        <EmailSettingsForm saved={SAVED} />
      </MemoryRouter>
    </Api>,
  );
}

describe('the email settings form', () => {
  it('asks before pausing all email, and Cancel returns to the Save button', async () => {
    renderForm();
    fireEvent.click(screen.getByLabelText('Pause all email for this trust'));
    fireEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    const question = await screen.findByRole('heading', {
      name: /Pause all email for this trust\?$/,
    });
    expect(document.activeElement).toBe(question);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Save email settings' }),
    );
  });

  it('names the field when the days are out of range, before sending', async () => {
    renderForm();
    fireEvent.change(
      screen.getByLabelText('Remind owners this many days before the update window closes', {
        exact: false,
      }),
      { target: { value: '30' } },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save email settings' }));
    await waitFor(() =>
      expect(
        screen.getByRole('link', {
          name: 'The reminder before the window closes must be between 1 and 14 days',
        }),
      ).toBeTruthy(),
    );
    expect(screen.queryByRole('heading', { name: /Pause all email/ })).toBeNull();
  });
});
