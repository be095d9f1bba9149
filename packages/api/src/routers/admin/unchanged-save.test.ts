import { testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import {
  freshAmbition,
  freshKpi,
  freshPeriod,
  kpiForm,
} from '../../../test/support/admin-fixtures.ts';

// One rule for every save: an update whose before and after are equal writes no audit event, so the
// trail never reads "Period updated – No values recorded".
describe.each(testProviders())('a save that changes nothing on %s', (provider) => {
  const { bed, auditCount, admin } = useApiTestBed(provider);

  it('writes no event for a period saved with the same window and board date', async () => {
    const api = await admin();
    const period = await freshPeriod(bed);
    const dates = {
      windowOpens: '2030-01-01',
      windowCloses: '2030-02-01',
      boardDate: '2030-02-10',
    };
    await api.admin.period.update({ id: period.id, ...dates });
    const start = await auditCount();
    await api.admin.period.update({ id: period.id, ...dates });
    await api.admin.period.update({ id: period.id });
    expect(await auditCount()).toBe(start);
    await api.admin.period.update({ id: period.id, boardDate: '2030-02-11' });
    expect(await auditCount()).toBe(start + 1);
  });

  it('writes no event for an ambition saved with the same title', async () => {
    const api = await admin();
    const ambition = await freshAmbition(bed);
    await api.admin.ambition.update({ id: ambition.id, title: 'Renamed ambition' });
    const start = await auditCount();
    await api.admin.ambition.update({ id: ambition.id, title: 'Renamed ambition' });
    expect(await auditCount()).toBe(start);
    await api.admin.ambition.update({ id: ambition.id, title: 'Renamed again' });
    expect(await auditCount()).toBe(start + 1);
  });

  it('writes no event for a KPI form saved again unchanged, though its version moves on', async () => {
    const api = await admin();
    const kpi = await freshKpi(bed);
    const saved = await api.admin.kpi.update(kpiForm(kpi));
    const start = await auditCount();
    const again = await api.admin.kpi.update(kpiForm({ ...kpi, version: saved.version }));
    expect(await auditCount()).toBe(start);
    await api.admin.kpi.update(kpiForm({ ...kpi, version: again.version }, { title: 'New title' }));
    expect(await auditCount()).toBe(start + 1);
  });
});
