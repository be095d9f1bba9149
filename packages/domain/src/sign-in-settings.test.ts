import { describe, expect, it } from 'vitest';
import {
  breakGlassLossProblem,
  checkSignInSettings,
  isSsoConfigured,
  issuerUrlProblem,
  ZNewAccountRole,
  type TSignInSettingsPlan,
} from './sign-in-settings.ts';

const ADMIN = 'admin-1';
const facts = { activeAdminIds: new Set([ADMIN]) };
const sso: TSignInSettingsPlan = {
  issuer: 'https://login.microsoftonline.com/7f1c2a3b-0000-4000-8000-000000000000/v2.0',
  clientId: 'b1c2d3e4-client',
  hasClientSecret: true,
  createAccounts: false,
  newAccountRole: null,
  passwordSignInDisabled: false,
  breakGlassUserId: null,
};
const none: TSignInSettingsPlan = { ...sso, issuer: null, clientId: null, hasClientSecret: false };

describe('issuerUrlProblem', () => {
  it.each([
    ['an https issuer with a path', 'https://login.microsoftonline.com/tenant/v2.0'],
    ['an https issuer with a port', 'https://id.example.nhs.uk:8443/realms/trust'],
    ['plain http on localhost (tests and local providers)', 'http://localhost:4010'],
    ['plain http on 127.0.0.1', 'http://127.0.0.1:4010/oidc'],
  ])('accepts %s', (_name, issuer) => {
    expect(issuerUrlProblem(issuer)).toBeNull();
  });

  it.each([
    ['plain http to another host', 'http://login.example.nhs.uk', /must start with https/],
    [
      'http to a host named like localhost',
      'http://localhost.example.com',
      /must start with https/,
    ],
    ['another scheme', 'ftp://login.example.nhs.uk', /must start with https/],
    ['text that is no address', 'login.microsoftonline.com/tenant', /must be a web address/],
    ['a user name in the address', 'https://user:pw@login.example.nhs.uk', /user name or password/],
    ['a query', 'https://login.example.nhs.uk/?tenant=1', /query/],
    ['a fragment', 'https://login.example.nhs.uk/#x', /fragment/],
  ])('refuses %s', (_name, issuer, message) => {
    expect(issuerUrlProblem(issuer)).toMatch(message);
  });
});

describe('checkSignInSettings', () => {
  it('accepts single sign-on off, single sign-on on, and password sign-in off with a break-glass admin', () => {
    expect(checkSignInSettings(none, facts)).toEqual({});
    expect(checkSignInSettings(sso, facts)).toEqual({});
    expect(
      checkSignInSettings({ ...sso, passwordSignInDisabled: true, breakGlassUserId: ADMIN }, facts),
    ).toEqual({});
  });

  it.each<[string, Partial<TSignInSettingsPlan>, Record<string, RegExp>]>([
    ['an issuer without a client id', { clientId: null }, { clientId: /client id/ }],
    [
      'an issuer without a client secret',
      { hasClientSecret: false },
      { clientSecret: /client secret/ },
    ],
    ['a client id without an issuer', { issuer: null }, { issuer: /Enter the issuer/ }],
    ['an http issuer that is not local', { issuer: 'http://idp.example' }, { issuer: /https/ }],
    [
      'password sign-in off without single sign-on',
      { issuer: null, clientId: null, passwordSignInDisabled: true, breakGlassUserId: ADMIN },
      { passwordSignInDisabled: /Set up single sign-on/ },
    ],
    [
      'password sign-in off without a break-glass admin',
      { passwordSignInDisabled: true },
      { breakGlassUserId: /Choose a break-glass admin/ },
    ],
    [
      'a break-glass person who is not an active EDI team member of the trust',
      { passwordSignInDisabled: true, breakGlassUserId: 'owner-or-other-trust' },
      { breakGlassUserId: /active member of this trust’s EDI team/ },
    ],
    [
      'creating accounts without a role',
      { createAccounts: true },
      { newAccountRole: /Choose the role/ },
    ],
    [
      'creating accounts as the EDI team',
      { createAccounts: true, newAccountRole: 'edi_admin' },
      { newAccountRole: /never the EDI team/ },
    ],
    [
      'creating accounts with single sign-on off',
      { issuer: null, clientId: null, createAccounts: true, newAccountRole: 'board_member' },
      { newAccountRole: /once single sign-on is set up/ },
    ],
  ])('refuses %s, naming the field', (_name, change, want) => {
    const problems = checkSignInSettings({ ...sso, ...change }, facts);
    expect(Object.keys(problems).sort()).toEqual(Object.keys(want).sort());
    for (const [field, message] of Object.entries(want))
      expect(problems[field as keyof typeof problems]).toMatch(message);
  });

  it('ignores the new-account role while accounts are not created', () => {
    expect(checkSignInSettings({ ...sso, newAccountRole: 'edi_admin' }, facts)).toEqual({});
  });
});

describe('new accounts and configuration', () => {
  it('offers every role but the EDI team to new accounts', () => {
    expect(ZNewAccountRole.options).toEqual(['executive_owner', 'board_member', 'network_rep']);
    expect(ZNewAccountRole.safeParse('edi_admin').success).toBe(false);
  });

  it('counts single sign-on as configured only with an issuer, a client id and a secret', () => {
    expect(isSsoConfigured(sso)).toBe(true);
    expect(isSsoConfigured({ ...sso, clientId: null })).toBe(false);
    expect(isSsoConfigured({ ...sso, issuer: null })).toBe(false);
    expect(isSsoConfigured({ ...sso, hasClientSecret: false })).toBe(false);
  });
});

describe('breakGlassLossProblem', () => {
  const off = { passwordSignInDisabled: true, breakGlassUserId: ADMIN };
  it.each([
    ['password sign-in is on', { ...off, passwordSignInDisabled: false }, ADMIN, false, false],
    ['the person is not the break-glass admin', off, 'someone-else', false, false],
    ['the break-glass admin stays an active EDI team member', off, ADMIN, true, false],
    ['the break-glass admin would leave the EDI team or be deactivated', off, ADMIN, false, true],
  ])('%s', (_name, settings, userId, staysActiveAdmin, refused) => {
    const problem = breakGlassLossProblem(settings, { userId, staysActiveAdmin });
    if (refused) expect(problem).toMatch(/break-glass admin while password sign-in is off/);
    else expect(problem).toBeNull();
  });
});
