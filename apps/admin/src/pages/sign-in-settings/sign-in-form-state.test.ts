import { describe, expect, it } from 'vitest';
import { STORED_SETTINGS } from '../../../test/sign-in-settings-data.ts';
import { checkSignInForm, formFromSaved, isTurningPasswordsOff } from './sign-in-form-state.ts';

const saved = STORED_SETTINGS;
const form = formFromSaved(saved);

describe('the sign-in settings form', () => {
  it('starts from the saved settings with the secret box empty, and keeps the stored secret', () => {
    expect(form).toMatchObject({
      issuer: saved.issuer,
      clientSecret: '',
      clearClientSecret: false,
    });
    const { parsed, problems } = checkSignInForm(form, saved);
    expect(problems).toEqual({});
    expect(parsed.success && parsed.data.clientSecret).toBe('');
  });

  it('sends none of the environment’s fields when the environment sets them', () => {
    const fromEnv = { ...saved, fromEnvironment: { issuer: 'https://idp.test', clientId: 'e' } };
    const { parsed } = checkSignInForm({ ...form, issuer: 'ignored' }, fromEnv);
    expect(parsed.success && Object.keys(parsed.data).sort()).toEqual([
      'breakGlassUserId',
      'createAccounts',
      'newAccountRole',
      'passwordSignInDisabled',
    ]);
  });

  it.each([
    [
      'password sign-in off without a break-glass admin',
      { passwordSignInDisabled: true },
      'breakGlassUserId',
    ],
    ['removing the secret while the issuer stays', { clearClientSecret: true }, 'clientSecret'],
    ['new accounts without a role', { createAccounts: true }, 'newAccountRole'],
  ])('names the field for %s before sending', (_name, change, field) => {
    expect(Object.keys(checkSignInForm({ ...form, ...change }, saved).problems)).toEqual([field]);
  });

  it('says a typed secret cannot be stored without SETTINGS_KEY', () => {
    const noKey = { ...saved, canStoreSecret: false };
    expect(checkSignInForm({ ...form, clientSecret: 'x' }, noKey).problems.clientSecret).toMatch(
      /Set SETTINGS_KEY on the server/,
    );
  });

  it('asks before a save that turns password sign-in off, not one that keeps it off', () => {
    const off = { ...form, passwordSignInDisabled: true, breakGlassUserId: 'lead' };
    expect(isTurningPasswordsOff(off, saved)).toBe(true);
    expect(isTurningPasswordsOff(off, { ...saved, passwordSignInDisabled: true })).toBe(false);
  });
});
