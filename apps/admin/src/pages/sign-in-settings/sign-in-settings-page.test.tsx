import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { STORED_SETTINGS } from '../../../test/sign-in-settings-data.ts';
import { makeApiWrapper } from '../../../test/with-api.tsx';
import { SignInSettingsPage } from './sign-in-settings-page.tsx';
import type { TSavedSignInSettings } from './sign-in-form-state.ts';

afterEach(cleanup);

const stored = STORED_SETTINGS;

function renderWith(saved: TSavedSignInSettings) {
  const Api = makeApiWrapper(({ queryClient, trpc }) =>
    queryClient.setQueryData(trpc.admin.signInSettings.get.queryKey(), saved),
  );
  render(
    <Api>
      <SignInSettingsPage />
    </Api>,
  );
}

describe('the sign-in settings page', () => {
  it('says a secret is stored, never shows it, and offers to replace or remove it', () => {
    renderWith(stored);
    expect(screen.getByText('A secret is stored.')).toBeTruthy();
    const replace = screen.getByLabelText<HTMLInputElement>('Replace the client secret (optional)');
    expect(replace.value).toBe('');
    expect(replace.type).toBe('password');
    expect(screen.getByLabelText('Remove the stored client secret')).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Issuer').value).toBe(stored.issuer);
    expect(screen.getByTestId('redirect-uri').textContent).toBe(stored.redirectUri);
  });

  it('asks for an ordinary client secret when none is stored, and says when the server cannot keep one', () => {
    renderWith({ ...stored, secretSet: false, canStoreSecret: false });
    expect(screen.queryByText('A secret is stored.')).toBeNull();
    expect(screen.getByLabelText('Client secret')).toBeTruthy();
    expect(screen.getByText(/This server has no SETTINGS_KEY/)).toBeTruthy();
  });

  it('shows the environment’s provider read-only', () => {
    renderWith({
      ...stored,
      fromEnvironment: { issuer: 'https://idp.example.nhs.uk', clientId: 'env-client' },
    });
    expect(screen.getByText('https://idp.example.nhs.uk')).toBeTruthy();
    expect(screen.queryByLabelText('Issuer')).toBeNull();
    expect(screen.queryByLabelText(/client secret/i)).toBeNull();
  });

  it('asks before turning password sign-in off, and Cancel goes back to the Save button', () => {
    renderWith(stored);
    fireEvent.click(screen.getByLabelText('Turn password sign-in off for this trust'));
    fireEvent.click(screen.getByRole('button', { name: 'Save sign-in settings' }));
    expect(
      screen.getByRole('link', {
        name: 'Choose a break-glass admin who can still sign in with a password',
      }),
    ).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Break-glass admin'), { target: { value: 'lead' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save sign-in settings' }));
    expect(screen.getByRole('heading', { name: /Turn password sign-in off\?/ })).toBeTruthy();
    expect(screen.getByText(/Everyone in this trust except Ama Owusu/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Save sign-in settings' }),
    );
  });
});
