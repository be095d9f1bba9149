import { findPeriodByLabel, readOutboxMessages, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';

const TODAY = new Date('2026-12-03T10:00:00.000Z');
const APP_ORIGIN = 'https://tracker.example.nhs.uk';
/** The executive owners: each has actions to update (the EDI lead's KPI values are all in). */
const OWNERS = [
  'chief.nurse@belonging.test',
  'chief.people@belonging.test',
  'corporate.affairs@belonging.test',
  'medical.director@belonging.test',
];

describe.each(testProviders())('opening a window emails the owners, on %s', (provider) => {
  const { bed, auditCount } = useApiTestBed(provider, TODAY);

  it('enqueues window_opened to each owner with something due in the same transaction, and one audit event', async () => {
    const q3 = await findPeriodByLabel(bed.db, bed.organisationId, '2026/27 Q3');
    const api = await bed.callerAs(DEMO.admin, { now: () => TODAY, appOrigin: APP_ORIGIN });
    expect(await readOutboxMessages(bed.db, bed.organisationId)).toEqual([]);
    const start = await auditCount();
    await api.admin.period.openWindow({ id: q3.id });
    expect(await auditCount()).toBe(start + 1);
    const messages = await readOutboxMessages(bed.db, bed.organisationId);
    expect(messages.every((m) => m.kind === 'window_opened')).toBe(true);
    expect(messages.map((m) => m.toAddress).sort()).toEqual(OWNERS);
    for (const m of messages) expect(m.htmlBody).toContain(`href="${APP_ORIGIN}/actions"`);
  });
});
