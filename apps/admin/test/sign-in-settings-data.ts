import type { TSavedSignInSettings } from '../src/pages/sign-in-settings/sign-in-form-state.ts';

/** A trust with single sign-on stored in its settings (a secret among them), password sign-in on. */
export const STORED_SETTINGS: TSavedSignInSettings = {
  issuer: 'https://login.microsoftonline.com/tenant/v2.0',
  clientId: 'client-1',
  secretSet: true,
  createAccounts: false,
  newAccountRole: null,
  passwordSignInDisabled: false,
  breakGlassUserId: null,
  fromEnvironment: null,
  canStoreSecret: true,
  breakGlassCandidates: [{ id: 'lead', name: 'Ama Owusu', email: 'edi.lead@belonging.test' }],
  redirectUri: 'https://tracker.example.nhs.uk/auth/sso/callback',
};
