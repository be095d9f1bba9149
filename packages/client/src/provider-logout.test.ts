import { afterEach, describe, expect, it } from 'vitest';
import {
  forgetProviderLogout,
  readProviderLogout,
  rememberProviderLogout,
} from './provider-logout.ts';

afterEach(() => sessionStorage.clear());

describe('the provider logout kept between sign-out and the signed-out page', () => {
  it('keeps the address and the trust name from the sign-out answer, then forgets them', () => {
    rememberProviderLogout(
      { providerLogoutUrl: 'https://login.example.nhs.uk/logout?client_id=x' },
      'Demo NHS Trust',
    );
    expect(readProviderLogout()).toEqual({
      url: 'https://login.example.nhs.uk/logout?client_id=x',
      organisationName: 'Demo NHS Trust',
    });
    forgetProviderLogout();
    expect(readProviderLogout()).toBeNull();
  });

  it('keeps nothing for a trust without a provider, and drops an earlier one', () => {
    rememberProviderLogout({ providerLogoutUrl: 'https://idp.test/logout' }, 'Trust');
    rememberProviderLogout({ providerLogoutUrl: null }, 'Trust');
    expect(readProviderLogout()).toBeNull();
  });

  it('offers only a web address, never a script', () => {
    sessionStorage.setItem(
      'belonging:provider-logout',
      JSON.stringify({ url: 'javascript:alert(1)', organisationName: 'Trust' }),
    );
    expect(readProviderLogout()).toBeNull();
    sessionStorage.setItem('belonging:provider-logout', 'not json');
    expect(readProviderLogout()).toBeNull();
  });
});
