import { cleanup, render, screen } from '@testing-library/react';
import { rememberProviderLogout } from '@belonging/client';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PasswordFormPlace,
  ProviderLogoutOffer,
  SsoButtons,
  SsoError,
  useProviderLogout,
} from './sign-in-options.tsx';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
});

const TRUST = 'Demo Partnership NHS Foundation Trust';
const withSso = {
  sso: [{ organisationName: TRUST, startUrl: '/auth/sso/start?trust=demo-partnership' }],
  passwordFormOpen: false,
};

describe('the sign-in page’s single sign-on parts', () => {
  it('offers a real link per trust, carrying where the person was going', () => {
    render(<SsoButtons options={withSso} next="/actions/a1" />);
    const link = screen.getByRole('link', { name: `Sign in with ${TRUST}` });
    expect(link.getAttribute('href')).toBe(
      '/auth/sso/start?trust=demo-partnership&next=%2Factions%2Fa1',
    );
    link.focus();
    expect(document.activeElement).toBe(link);
  });

  it('offers nothing when no trust has single sign-on', () => {
    const { container } = render(
      <SsoButtons options={{ sso: [], passwordFormOpen: true }} next={null} />,
    );
    expect(container.textContent).toBe('');
  });

  it('says why a single sign-on came back, in words naming the trust, and ignores unknown codes', () => {
    render(<SsoError code="no_account" options={withSso} />);
    expect(screen.getByRole('alert').textContent).toContain(
      'There is no Belonging Tracker account for your email address in this trust.',
    );
    cleanup();
    render(<SsoError code="provider_down" options={withSso} />);
    expect(screen.getByRole('alert').textContent).toContain(`${TRUST} sign-in is not answering`);
    cleanup();
    const { container } = render(<SsoError code="<script>" options={withSso} />);
    expect(container.textContent).toBe('');
  });

  it('folds the password form under a details element when password sign-in is off, opening it for an error', () => {
    const form = <input aria-label="Password" />;
    const { rerender } = render(
      <PasswordFormPlace isOpen={false} hasErrors={false}>
        {form}
      </PasswordFormPlace>,
    );
    const details = screen.getByText('Sign in with a password (administrators)').closest('details');
    expect(details?.open).toBe(false);
    rerender(
      <PasswordFormPlace isOpen={false} hasErrors>
        {form}
      </PasswordFormPlace>,
    );
    expect(details?.open).toBe(true);
    cleanup();
    render(
      <PasswordFormPlace isOpen hasErrors={false}>
        {form}
      </PasswordFormPlace>,
    );
    expect(screen.queryByText('Sign in with a password (administrators)')).toBeNull();
    expect(screen.getByLabelText('Password')).toBeTruthy();
  });

  it('after sign-out, offers the provider’s logout kept by the sign-out', () => {
    rememberProviderLogout({ providerLogoutUrl: 'https://idp.example.nhs.uk/logout?x=1' }, TRUST);
    function SignedOut() {
      return <ProviderLogoutOffer logout={useProviderLogout(true)} />;
    }
    render(<SignedOut />);
    expect(
      screen
        .getByRole('link', { name: `Also sign out of ${TRUST}’s account` })
        .getAttribute('href'),
    ).toBe('https://idp.example.nhs.uk/logout?x=1');
  });
});
