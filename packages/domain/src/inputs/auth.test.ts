import { describe, expect, it } from 'vitest';
import { ZChangePasswordInput, ZEmail, ZSignInInput } from './auth.ts';
import { accepted, chars, issuesOf } from '../../test/zod-issues.ts';

// 64 + 1 + 189 = 254 characters: the longest address an SMTP path can carry.
const longestEmail = `${chars(64, 'a')}@${chars(63, 'b')}.${chars(63, 'c')}.${chars(57, 'd')}.nhs`;

describe('ZEmail', () => {
  it.each([
    ['trims and lower-cases', '  Jane.Doe@NHS.net ', 'jane.doe@nhs.net'],
    ['keeps a plus address', 'jane+edi@nhs.net', 'jane+edi@nhs.net'],
    ['accepts 254 characters, the longest', longestEmail, longestEmail],
  ])('%s', (_name, input, expected) => {
    expect(accepted(ZEmail, input)).toBe(expected);
  });

  it.each([
    ['empty', '', 'Enter your email address'],
    ['blank', '   ', 'Enter your email address'],
    ['missing', undefined, 'Enter your email address'],
    [
      'without an @',
      'jane.nhs.net',
      'Enter an email address in the correct format, like name@nhs.net',
    ],
    [
      'without a domain',
      'jane@',
      'Enter an email address in the correct format, like name@nhs.net',
    ],
    ['255 characters', `x${longestEmail}`, 'Email address must be 254 characters or fewer'],
  ])('refuses an email address that is %s', (_name, email, message) => {
    expect(issuesOf(ZSignInInput, { email, password: 'p' })).toEqual([{ path: 'email', message }]);
  });
});

describe('ZSignInInput', () => {
  it('accepts a one-character and a 256-character password as typed', () => {
    expect(accepted(ZSignInInput, { email: 'A@B.CO', password: ' p ' })).toEqual({
      email: 'a@b.co',
      password: ' p ',
    });
    expect(issuesOf(ZSignInInput, { email: 'a@b.co', password: chars(256) })).toEqual([]);
  });

  it.each([
    ['empty', '', 'Enter your password'],
    ['missing', undefined, 'Enter your password'],
    ['257 characters', chars(257), 'Password is too long'],
  ])('refuses a password that is %s', (_name, password, message) => {
    expect(issuesOf(ZSignInInput, { email: 'a@b.co', password })).toEqual([
      { path: 'password', message },
    ]);
  });
});

describe('ZChangePasswordInput', () => {
  it('accepts a new password of exactly 12 and of 256 characters', () => {
    for (const newPassword of [chars(12, 'n'), chars(256, 'n')]) {
      expect(accepted(ZChangePasswordInput, { currentPassword: 'old', newPassword })).toEqual({
        currentPassword: 'old',
        newPassword,
      });
    }
  });

  it.each([
    [
      'a new password of 11 characters',
      { currentPassword: 'old', newPassword: chars(11, 'n') },
      'newPassword',
      'New password must be at least 12 characters',
    ],
    [
      'an empty new password',
      { currentPassword: 'old', newPassword: '' },
      'newPassword',
      'Enter a new password',
    ],
    [
      'a new password of 257 characters',
      { currentPassword: 'old', newPassword: chars(257, 'n') },
      'newPassword',
      'New password must be 256 characters or fewer',
    ],
    [
      'a new password equal to the current one',
      { currentPassword: chars(12), newPassword: chars(12) },
      'newPassword',
      'New password must be different from your current password',
    ],
    [
      'an empty current password',
      { currentPassword: '', newPassword: chars(12, 'n') },
      'currentPassword',
      'Enter your current password',
    ],
    [
      'a current password of 257 characters',
      { currentPassword: chars(257), newPassword: chars(12, 'n') },
      'currentPassword',
      'Current password is too long',
    ],
  ])('refuses %s', (_name, input, path, message) => {
    expect(issuesOf(ZChangePasswordInput, input)).toEqual([{ path, message }]);
  });

  it('names both fields when both are missing', () => {
    expect(issuesOf(ZChangePasswordInput, {})).toEqual([
      { path: 'currentPassword', message: 'Enter your current password' },
      { path: 'newPassword', message: 'Enter a new password' },
    ]);
  });
});
