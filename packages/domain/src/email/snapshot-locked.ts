import {
  checkEmailSettings,
  type TDueEmail,
  type TEmailPeriod,
  type TEmailPerson,
  type TEmailSettings,
} from './types.ts';

/**
 * The messages a lock causes: one to each active board member and EDI team member with reminders
 * and notices on, linking to the frozen report. Nothing while the trust has paused email.
 */
export function snapshotLockedEmails(input: {
  period: TEmailPeriod;
  settings: TEmailSettings;
  people: readonly TEmailPerson[];
}): TDueEmail[] {
  if (checkEmailSettings(input.settings).emailPaused) return [];
  return input.people
    .filter(
      (p) =>
        (p.roles.includes('board_member') || p.roles.includes('edi_admin')) && p.emailReminders,
    )
    .map((p) => ({
      kind: 'snapshot_locked' as const,
      dedupeKey: `snapshot_locked:${input.period.id}:${p.id}`,
      recipient: { id: p.id, name: p.name, email: p.email },
      period: input.period,
    }));
}
