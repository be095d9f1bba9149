import { describe, expect, it } from 'vitest';
import { snapshotLockedEmails } from './snapshot-locked.ts';
import { DEFAULT_EMAIL_SETTINGS, type TEmailRole } from './types.ts';
import { emailPerson } from '../../test/email-fixture.ts';

const period = {
  id: 'q2',
  label: '2026/27 Q2',
  windowOpens: new Date('2026-09-16T00:00:00Z'),
  windowCloses: new Date('2026-10-21T00:00:00Z'),
  lockedAt: new Date('2026-10-24T10:00:00Z'),
};
const person = (id: string, role: TEmailRole, emailReminders = true) =>
  emailPerson(id, id, { roles: [role], emailReminders });
const people = [
  person('chair', 'board_member'),
  person('ned', 'board_member', false),
  person('lead', 'edi_admin'),
  { ...person('both', 'board_member'), roles: ['board_member', 'edi_admin'] as const },
  person('cpo', 'executive_owner'),
  person('rep', 'network_rep'),
];

describe('the snapshot-locked emails', () => {
  it('go to the board and the EDI team who keep notices on, one key per period and person', () => {
    const keys = snapshotLockedEmails({ period, settings: DEFAULT_EMAIL_SETTINGS, people }).map(
      (e) => e.dedupeKey,
    );
    expect(keys).toEqual([
      'snapshot_locked:q2:chair',
      'snapshot_locked:q2:lead',
      'snapshot_locked:q2:both',
    ]);
  });

  it('are not written while the trust has paused email', () => {
    const settings = { ...DEFAULT_EMAIL_SETTINGS, emailPaused: true };
    expect(snapshotLockedEmails({ period, settings, people })).toEqual([]);
  });
});
