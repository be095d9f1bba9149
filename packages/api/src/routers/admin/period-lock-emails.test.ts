import { DEMO_USERS } from '@belonging/db';
import { readOutboxMessages, setEmailPaused, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../test/support/call.ts';
import { freshPeriod } from '../../../test/support/admin-fixtures.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';

const APP_ORIGIN = 'https://tracker.example.nhs.uk';
const BOARD_AND_EDI_TEAM = DEMO_USERS.filter(
  (u) => u.role === 'board_member' || u.role === 'edi_admin',
)
  .map((u) => u.email)
  .sort();

describe.each(testProviders())('locking a period emails the board, on %s', (provider) => {
  const { bed, auditCount } = useApiTestBed(provider);
  const lockEmails = async (periodId: string) =>
    (await readOutboxMessages(bed.db, bed.organisationId)).filter((m) =>
      m.dedupeKey.startsWith(`snapshot_locked:${periodId}:`),
    );
  const adminApi = () => bed.callerAs(DEMO.admin, { appOrigin: APP_ORIGIN });

  it('enqueues one email per board member and EDI team member with the lock, linking to the locked report', async () => {
    const period = await freshPeriod(bed);
    await (await adminApi()).admin.period.lock({ periodId: period.id });
    const messages = await lockEmails(period.id);
    expect(messages.map((m) => m.toAddress).sort()).toEqual(BOARD_AND_EDI_TEAM);
    for (const m of messages) {
      expect(m.kind).toBe('snapshot_locked');
      expect(m.subject).toBe(
        `Demo Partnership NHS Foundation Trust: the ${period.label} board report is locked`,
      );
      expect(m.htmlBody).toContain(
        `href="${APP_ORIGIN}/report?period=${encodeURIComponent(period.id)}"`,
      );
      expect(m.htmlBody).toContain(`href="${APP_ORIGIN}/settings"`);
    }
  });

  it('a lock that fails enqueues nothing', async () => {
    const period = await freshPeriod(bed);
    const api = await adminApi();
    await api.admin.period.lock({ periodId: period.id });
    const before = (await readOutboxMessages(bed.db, bed.organisationId)).length;
    const start = await auditCount();
    expect((await errorOf(api.admin.period.lock({ periodId: period.id }))).code).toBe('CONFLICT');
    expect((await errorOf(api.admin.period.lock({ periodId: bed.other.periodId }))).code).toBe(
      'NOT_FOUND',
    );
    expect(await readOutboxMessages(bed.db, bed.organisationId)).toHaveLength(before);
    expect(await auditCount()).toBe(start);
  });

  it('a trust with email paused locks without writing any email', async () => {
    const period = await freshPeriod(bed);
    await setEmailPaused(bed.db, bed.organisationId, true);
    try {
      await (await adminApi()).admin.period.lock({ periodId: period.id });
      expect(await lockEmails(period.id)).toEqual([]);
    } finally {
      await setEmailPaused(bed.db, bed.organisationId, false);
    }
  });
});
