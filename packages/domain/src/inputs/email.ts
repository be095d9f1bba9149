import { z } from 'zod';
import { ZOutboxStatus } from '../email-outbox.ts';
import { ZPage } from './common.ts';

// Inputs of the Emails page (the EDI team's outbox and the trust's email settings) and of each
// person's own email preferences on "Your settings".

/** The outbox a page at a time, newest first, optionally only the messages in one state. */
export const ZEmailListInput = ZPage.extend({ status: ZOutboxStatus.optional() }).optional();
export type TEmailListInput = z.infer<typeof ZEmailListInput>;

function wholeDays(label: string) {
  return z
    .number({ error: `${label} must be a number of days` })
    .int(`${label} must be a whole number of days`)
    .min(1, `${label} must be between 1 and 14 days`)
    .max(14, `${label} must be between 1 and 14 days`);
}

function tickBox(label: string) {
  return z.boolean({ error: `${label} must be ticked or not` });
}

/** The trust's email settings: pause everything; when the reminder and its repeats go. */
export const ZEmailSettingsInput = z.object({
  emailPaused: tickBox('Pause all email'),
  reminderDaysBeforeClose: wholeDays('The reminder before the window closes'),
  overdueRepeatDays: wholeDays('The repeat reminder'),
});
export type TEmailSettingsInput = z.infer<typeof ZEmailSettingsInput>;

/** One person's email: reminders on or off, and the weekly digest (offered to the EDI team only). */
export const ZEmailPreferencesInput = z.object({
  emailReminders: tickBox('Reminder emails'),
  emailDigest: tickBox('The weekly digest').optional(),
});
export type TEmailPreferencesInput = z.infer<typeof ZEmailPreferencesInput>;
