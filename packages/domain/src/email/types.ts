import { z } from 'zod';
import { DomainError } from '../errors.ts';

// What the email rules read and what they answer. The rules are pure: the mail package loads these
// shapes from the database, asks the rules which messages are due, renders and enqueues them.

export const EMAIL_KINDS = [
  'window_opened',
  'window_closing',
  'overdue',
  'digest',
  'snapshot_locked',
] as const;
export const ZEmailKind = z.enum(EMAIL_KINDS);
export type TEmailKind = z.infer<typeof ZEmailKind>;

/** A trust's email settings (Organisation columns of the same names). */
export type TEmailSettings = {
  emailPaused: boolean;
  reminderDaysBeforeClose: number;
  overdueRepeatDays: number;
};

export const DEFAULT_EMAIL_SETTINGS: TEmailSettings = {
  emailPaused: false,
  reminderDaysBeforeClose: 5,
  overdueRepeatDays: 3,
};

/** A reporting period as the rules need it; date-only fields are UTC midnight of the London day. */
export type TEmailPeriod = {
  id: string;
  label: string;
  windowOpens: Date;
  windowCloses: Date;
  lockedAt: Date | null;
};

export type TEmailRole = 'edi_admin' | 'executive_owner' | 'board_member' | 'network_rep';

/** Someone who may be written to: an active member of the trust (one entry each, with every role they hold there). */
export type TEmailPerson = {
  id: string;
  name: string;
  email: string;
  roles: readonly TEmailRole[];
  emailReminders: boolean;
  emailDigest: boolean;
};

export type TEmailRecipient = { id: string; name: string; email: string };
export type TDueAction = { id: string; code: string; title: string; dueDate: Date };
export type TDueKpi = { id: string; code: string; title: string };

type TDueBase = { dedupeKey: string; recipient: TEmailRecipient; period: TEmailPeriod };

/** A new red or amber item (or one now worse) since the previous period. */
export type TDigestItem = {
  kind: 'action' | 'kpi';
  id: string;
  code: string;
  title: string;
  owner: string | null;
  rag: 'red' | 'amber';
  previousRag: string | null;
};

/** What the weekly digest tells the EDI team about the current period. */
export type TDigestContent = {
  updated: { id: string; name: string }[];
  notUpdated: { id: string; name: string; actions: TDueAction[] }[];
  newRedAndAmber: TDigestItem[];
};

/** A message the rules say is due now, with the key that stops it ever being enqueued twice. */
export type TDueEmail =
  | (TDueBase & { kind: 'window_opened'; actions: TDueAction[]; kpis: TDueKpi[] })
  | (TDueBase & { kind: 'window_closing'; actions: TDueAction[]; daysLeft: number })
  | (TDueBase & { kind: 'overdue'; actions: TDueAction[]; step: number; daysOverdue: number })
  | (TDueBase & { kind: 'digest'; week: string; weekStarts: Date; content: TDigestContent })
  | (TDueBase & { kind: 'snapshot_locked' });

/** Refuses settings the rules cannot work with, naming the field. */
export function checkEmailSettings(settings: TEmailSettings): TEmailSettings {
  const days = [
    ['reminderDaysBeforeClose', 'The reminder before the window closes', 0],
    ['overdueRepeatDays', 'The repeat reminder', 1],
  ] as const;
  for (const [field, label, min] of days) {
    const value = settings[field];
    if (!Number.isInteger(value) || value < min) {
      throw new DomainError(
        'invalid_number',
        `${label} must be a whole number of days, ${min} or more, not ${String(value)}`,
        field,
      );
    }
  }
  return settings;
}
