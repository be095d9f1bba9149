import { DEMO_USERS, inTransaction, updatePeriodWindow } from '@belonging/db';
import {
  readOutboxMessages,
  setEmailPreferencesOf,
  type DemoTestDatabase,
} from '@belonging/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, day } from '../test/days.ts';
import { APP_ORIGIN, DEMO_TODAY as TODAY, openDemoTrust } from '../test/demo-trust.ts';
import { enqueueDueEmails, enqueueWindowEmails } from './schedule.ts';
import { enqueueSnapshotLockedEmails } from './snapshot-locked-emails.ts';

const OWNER = 'medical.director@belonging.test';
const EDI_LEAD = 'edi.lead@belonging.test';
const CHAIR = 'chair@belonging.test';

// Each person's own choices on Your settings, read from the database by every way email is
// written: the window opening (a request), the tick's reminders, repeats and digest, and a lock.
describe('email preferences, saved as Your settings saves them', () => {
  let t: DemoTestDatabase;
  let organisationId: string;
  let q3: string;
  const addressesOf = async (kind: string) =>
    (await readOutboxMessages(t.db, organisationId))
      .filter((m) => m.kind === kind)
      .map((m) => m.toAddress);

  beforeAll(async () => {
    ({ t, organisationId, q3 } = await openDemoTrust('sqlite'));
    await setEmailPreferencesOf(t.db, OWNER, { emailReminders: false });
    await setEmailPreferencesOf(t.db, EDI_LEAD, { emailReminders: true, emailDigest: false });
    await setEmailPreferencesOf(t.db, CHAIR, { emailReminders: false });
  });
  afterAll(async () => {
    await t.drop();
  });

  it('an owner with reminders off is told of nothing: not the opening, the closing or a repeat', async () => {
    await updatePeriodWindow(t.db, q3, { windowOpens: TODAY, windowCloses: day('2027-01-21') });
    const opened = await inTransaction(t.db, (tx) =>
      enqueueWindowEmails(tx, { organisationId, now: at('2026-12-03'), appOrigin: APP_ORIGIN }),
    );
    expect(opened).toBeGreaterThan(0);
    for (const iso of ['2026-12-03', '2027-01-16', '2027-01-25', '2027-01-28'])
      await enqueueDueEmails(t.db, { now: at(iso), appOrigin: APP_ORIGIN });
    expect((await addressesOf('window_opened')).length).toBeGreaterThan(0);
    expect((await addressesOf('window_closing')).length).toBeGreaterThan(0);
    expect((await addressesOf('overdue')).length).toBeGreaterThan(0);
    for (const kind of ['window_opened', 'window_closing', 'overdue'])
      expect(await addressesOf(kind)).not.toContain(OWNER);
  });

  it('an EDI lead with the digest off gets no digest in any week', async () => {
    const ediTeam = DEMO_USERS.filter((u) => u.role === 'edi_admin').map((u) => u.email);
    expect(ediTeam).toEqual([EDI_LEAD]);
    expect(await addressesOf('digest')).toEqual([]);
  });

  it('a board member with notices off is not told of the lock; the EDI lead with them on is', async () => {
    await inTransaction(t.db, (tx) =>
      enqueueSnapshotLockedEmails(tx, { organisationId, periodId: q3, appOrigin: APP_ORIGIN }),
    );
    const told = await addressesOf('snapshot_locked');
    expect(told).toContain(EDI_LEAD);
    expect(told).toContain('ned@belonging.test');
    expect(told).not.toContain(CHAIR);
  });
});
