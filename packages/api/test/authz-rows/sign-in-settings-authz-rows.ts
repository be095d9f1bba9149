import type { AuthzRow } from '../support/authz.ts';

/** The trust's sign-in settings: only the EDI team may read or change them. */
export const SIGN_IN_SETTINGS_AUTHZ_ROWS: AuthzRow[] = [
  { path: 'admin.signInSettings.get', allowed: ['edi_admin'], input: () => undefined },
  {
    path: 'admin.signInSettings.update',
    allowed: ['edi_admin'],
    input: () => ({ createAccounts: false, passwordSignInDisabled: false }),
  },
];
