import { describe, expect, it } from 'vitest';
import { ZAdminSignInSettingsInput } from './sign-in-settings.ts';
import { accepted, chars, issuesOf } from '../../../test/zod-issues.ts';

const input = {
  issuer: 'https://login.microsoftonline.com/tenant/v2.0',
  clientId: 'client-1',
  createAccounts: false,
  passwordSignInDisabled: false,
};

describe('ZAdminSignInSettingsInput', () => {
  it('accepts settings with the secret left out (kept), blank (kept) or replaced, trimmed', () => {
    expect(accepted(ZAdminSignInSettingsInput, input).clientSecret).toBeUndefined();
    expect(accepted(ZAdminSignInSettingsInput, { ...input, clientSecret: '  ' }).clientSecret).toBe(
      '',
    );
    expect(
      accepted(ZAdminSignInSettingsInput, { ...input, clientSecret: ' s3cret~value ' })
        .clientSecret,
    ).toBe('s3cret~value');
  });

  it('accepts the environment’s fields left out and an empty issuer (single sign-on off)', () => {
    expect(
      issuesOf(ZAdminSignInSettingsInput, { createAccounts: false, passwordSignInDisabled: false }),
    ).toEqual([]);
    expect(issuesOf(ZAdminSignInSettingsInput, { ...input, issuer: '', clientId: '' })).toEqual([]);
  });

  it.each([
    [
      'issuer',
      'http://idp.example.com',
      'The issuer must start with https:// (plain http only for localhost)',
    ],
    ['issuer', chars(501), 'The issuer must be 500 characters or fewer'],
    ['clientId', 42, 'The client id must be text'],
    ['clientSecret', chars(2001), 'The client secret must be 2000 characters or fewer'],
    [
      'newAccountRole',
      'edi_admin',
      'The role for new accounts must be executive owner, board member or staff network representative (never the EDI team)',
    ],
    ['breakGlassUserId', 'not an id!', 'Id is not valid'],
    ['createAccounts', 'yes', 'Create accounts must be yes or no'],
    ['passwordSignInDisabled', undefined, 'Password sign-in off must be yes or no'],
  ])('refuses %s = %j', (path, value, message) => {
    expect(issuesOf(ZAdminSignInSettingsInput, { ...input, [path]: value })).toContainEqual({
      path,
      message,
    });
  });

  it('refuses a new secret and removing the secret together', () => {
    expect(
      issuesOf(ZAdminSignInSettingsInput, {
        ...input,
        clientSecret: 'new',
        clearClientSecret: true,
      }),
    ).toEqual([
      {
        path: 'clientSecret',
        message: 'Either enter a new client secret or remove the stored one, not both',
      },
    ]);
  });
});
