import {
  checkSignInSettings,
  NO_SETTINGS_KEY_MESSAGE,
  ZAdminSignInSettingsInput,
  type TSignInSettingsPlan,
  type TUserRoleInput,
} from '@belonging/domain';
import type { TFieldErrors } from '@belonging/client';

/** What the page reads: the settings without the secret, and who may be the break-glass admin. */
export type TSavedSignInSettings = {
  issuer: string | null;
  clientId: string | null;
  secretSet: boolean;
  createAccounts: boolean;
  newAccountRole: TUserRoleInput | null;
  passwordSignInDisabled: boolean;
  breakGlassUserId: string | null;
  fromEnvironment: { issuer: string; clientId: string } | null;
  canStoreSecret: boolean;
  breakGlassCandidates: { id: string; name: string; email: string }[];
  redirectUri: string | null;
};

export type TSignInForm = {
  issuer: string;
  clientId: string;
  /** A new secret; blank keeps the stored one. */
  clientSecret: string;
  clearClientSecret: boolean;
  createAccounts: boolean;
  newAccountRole: string;
  passwordSignInDisabled: boolean;
  breakGlassUserId: string;
};

/** The form as the saved settings fill it; the secret box always starts empty. */
export function formFromSaved(saved: TSavedSignInSettings): TSignInForm {
  return {
    issuer: saved.issuer ?? '',
    clientId: saved.clientId ?? '',
    clientSecret: '',
    clearClientSecret: false,
    createAccounts: saved.createAccounts,
    newAccountRole: saved.newAccountRole ?? '',
    passwordSignInDisabled: saved.passwordSignInDisabled,
    breakGlassUserId: saved.breakGlassUserId ?? '',
  };
}

/** The input to send; the environment's fields are left out when it sets them. */
function inputOf(form: TSignInForm, saved: TSavedSignInSettings) {
  const shared = {
    createAccounts: form.createAccounts,
    newAccountRole: form.createAccounts ? form.newAccountRole || null : null,
    passwordSignInDisabled: form.passwordSignInDisabled,
    breakGlassUserId: form.breakGlassUserId || null,
  };
  if (saved.fromEnvironment) return shared;
  return {
    ...shared,
    issuer: form.issuer,
    clientId: form.clientId,
    clientSecret: form.clearClientSecret ? undefined : form.clientSecret,
    clearClientSecret: form.clearClientSecret || undefined,
  };
}

/** The settings as they would apply once saved, for the same rules the server checks. */
function planOf(form: TSignInForm, saved: TSavedSignInSettings): TSignInSettingsPlan {
  const env = saved.fromEnvironment;
  const hasSecret = form.clearClientSecret
    ? false
    : form.clientSecret.trim() !== '' || saved.secretSet;
  return {
    issuer: env ? env.issuer : form.issuer.trim() || null,
    clientId: env ? env.clientId : form.clientId.trim() || null,
    hasClientSecret: env ? true : hasSecret,
    createAccounts: form.createAccounts,
    newAccountRole: form.newAccountRole || null,
    passwordSignInDisabled: form.passwordSignInDisabled,
    breakGlassUserId: form.breakGlassUserId || null,
  };
}

/** The parsed input and the rules' messages, as `useFormErrors().check` takes them. */
export function checkSignInForm(form: TSignInForm, saved: TSavedSignInSettings) {
  const parsed = ZAdminSignInSettingsInput.safeParse(inputOf(form, saved));
  const activeAdminIds = new Set(saved.breakGlassCandidates.map((c) => c.id));
  const problems: TFieldErrors = checkSignInSettings(planOf(form, saved), { activeAdminIds });
  // Without SETTINGS_KEY the server cannot keep a typed secret: say so before sending it.
  if (!saved.canStoreSecret && !saved.fromEnvironment && form.clientSecret.trim() !== '')
    problems.clientSecret = NO_SETTINGS_KEY_MESSAGE;
  return { parsed, problems };
}

/** True when this save turns password sign-in off: the page asks before it does. */
export function isTurningPasswordsOff(form: TSignInForm, saved: TSavedSignInSettings): boolean {
  return form.passwordSignInDisabled && !saved.passwordSignInDisabled;
}
