import type { AuthzRow } from '../support/authz.ts';

/** The trust's sign-in settings: only the EDI team may read or change them. */
export const SIGN_IN_SETTINGS_AUTHZ_ROWS: AuthzRow[] = [
  { path: 'admin.signInSettings.get', allowed: ['edi_admin'], input: () => undefined },
  {
    path: 'admin.signInSettings.update',
    allowed: ['edi_admin'],
    // Naming a break-glass admin changes something, so the save leaves its audit event.
    input: async (bed) => ({
      createAccounts: false,
      passwordSignInDisabled: false,
      breakGlassUserId: await bed.userId('edi.lead@belonging.test'),
    }),
  },
];
