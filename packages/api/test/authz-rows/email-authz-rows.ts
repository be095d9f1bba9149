import { findEmailPreferences, findEmailSettings } from '@belonging/db';
import { addOutboxMessage } from '@belonging/db/testing';
import type { AuthzRow } from '../support/authz.ts';
import { ROLE_CALLERS } from '../support/authz.ts';

const EDI: AuthzRow['allowed'] = ['edi_admin'];
const EVERYONE: AuthzRow['allowed'] = [
  'edi_admin',
  'executive_owner',
  'board_member',
  'network_rep',
];

/**
 * The Emails page is the EDI team's; each person's own email preferences are anyone's. The saves
 * flip what is stored now, so each call changes something and leaves its one audit event.
 */
export const EMAIL_AUTHZ_ROWS: AuthzRow[] = [
  { path: 'admin.email.list', allowed: EDI, input: () => ({ limit: 5 }) },
  {
    path: 'admin.email.message',
    allowed: EDI,
    input: async (bed) => ({
      id: (await addOutboxMessage(bed.db, { organisationId: bed.organisationId })).id,
    }),
  },
  { path: 'admin.email.settings', allowed: EDI, input: () => undefined },
  {
    path: 'admin.email.updateSettings',
    allowed: EDI,
    input: async (bed) => {
      const now = await findEmailSettings(bed.db, bed.organisationId);
      const days = now?.reminderDaysBeforeClose === 7 ? 6 : 7;
      return { emailPaused: false, reminderDaysBeforeClose: days, overdueRepeatDays: 3 };
    },
  },
  { path: 'account.emailPreferences', allowed: EVERYONE, input: () => undefined },
  {
    path: 'account.updateEmailPreferences',
    allowed: EVERYONE,
    // Flips the EDI lead's choice (the caller a single-call check uses); anyone else's may stay.
    input: async (bed) => {
      const lead = await findEmailPreferences(bed.db, await bed.userId(ROLE_CALLERS.edi_admin));
      return { emailReminders: !(lead?.emailReminders ?? true) };
    },
  },
];
