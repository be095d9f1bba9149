import { describe, expect, it } from 'vitest';
import {
  SSO_ERROR_CODES,
  isSsoErrorCode,
  safeReturnPath,
  ssoErrorMessage,
  verifiedEmailFromClaims,
} from './sso.ts';

const GOOGLE = 'https://accounts.example.org';
const ENTRA = 'https://login.microsoftonline.com/0000-tenant/v2.0';

describe('verifiedEmailFromClaims', () => {
  it.each([
    [
      'a verified email, lower-cased',
      GOOGLE,
      { email: 'A.B@NHS.net', email_verified: true },
      'a.b@nhs.net',
    ],
    ['an unverified email is refused', GOOGLE, { email: 'a@nhs.net', email_verified: false }, null],
    ['no email_verified from a standard provider is refused', GOOGLE, { email: 'a@nhs.net' }, null],
    [
      'preferred_username alone from a standard provider is refused',
      GOOGLE,
      { preferred_username: 'a@nhs.net' },
      null,
    ],
    ['Entra: email without email_verified is accepted', ENTRA, { email: 'A@nhs.net' }, 'a@nhs.net'],
    [
      'Entra: preferred_username when there is no email',
      ENTRA,
      { preferred_username: 'b@nhs.net' },
      'b@nhs.net',
    ],
    [
      'Entra: an explicit email_verified false is refused',
      ENTRA,
      { email: 'a@nhs.net', email_verified: false },
      null,
    ],
    [
      'Entra: a sign-in name that is not an address is refused',
      ENTRA,
      { preferred_username: 'jdoe' },
      null,
    ],
    [
      'a verified value that is not an address is refused',
      GOOGLE,
      { email: 'nobody', email_verified: true },
      null,
    ],
  ])('%s', (_name, issuer, claims, expected) => {
    expect(verifiedEmailFromClaims(claims, issuer)).toBe(expected);
  });
});

describe('safeReturnPath', () => {
  it.each([
    ['/actions?x=1', '/actions?x=1'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example/', '/'],
    ['actions', '/'],
    ['/a\nb', '/'],
    [`/${'a'.repeat(600)}`, '/'],
  ])('%s becomes %s', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});

describe('ssoErrorMessage', () => {
  it('has words for every code, naming the trust when known', () => {
    for (const code of SSO_ERROR_CODES) expect(ssoErrorMessage(code).length).toBeGreaterThan(20);
    expect(ssoErrorMessage('provider_down', 'Demo Trust')).toBe(
      'Demo Trust sign-in is not answering; try again or use your password.',
    );
  });

  it('knows its own codes only', () => {
    expect(isSsoErrorCode('expired')).toBe(true);
    expect(isSsoErrorCode('toString')).toBe(false);
  });
});
