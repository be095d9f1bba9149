import type { TEmailPeriod, TEmailPerson } from '../src/email/types.ts';

// Shared by the email rules' tests: a quarter whose window is open from 17 December to
// 21 January (its last open day), and people with every preference on unless a test says otherwise.

export const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export const Q3: TEmailPeriod = {
  id: 'q3',
  label: '2026/27 Q3',
  windowOpens: day('2026-12-17'),
  windowCloses: day('2027-01-21'),
  lockedAt: null,
};

export function emailPerson(
  id: string,
  name = id,
  extra: Partial<TEmailPerson> = {},
): TEmailPerson {
  return {
    id,
    name,
    email: `${id}@example.nhs.uk`,
    roles: ['executive_owner'],
    emailReminders: true,
    emailDigest: true,
    ...extra,
  };
}
