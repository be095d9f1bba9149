import { readKpi, testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { freshKpi, kpiForm } from '../../../test/support/admin-fixtures.ts';

/** The fields a refusal names, from the input schema's issues. */
function fieldsOf(error: Awaited<ReturnType<typeof errorOf>>): string[] {
  const zod = error.cause as { issues?: { path: PropertyKey[] }[] } | undefined;
  return (zod?.issues ?? []).map((i) => i.path.join('.'));
}

describe.each(testProviders())('admin KPI ranges on %s', (provider) => {
  const { bed, admin } = useApiTestBed(provider);

  it.each([
    [
      'a percent baseline of 250',
      { baseline: { value: 250, date: '2024-03-31' } },
      'baseline.value',
    ],
    ['a target of 1e12', { target: { value: 1e12, date: '2028-03-31' } }, 'target.value'],
    [
      'a trajectory point of 101%',
      { trajectory: [{ date: '2026-03-31', value: 101 }] },
      'trajectory.0.value',
    ],
    ['a high end of 120 on a percentage', { rangeHigh: 120 }, 'rangeHigh'],
    ['a low end above the high end', { rangeLow: 60, rangeHigh: 50 }, 'rangeLow'],
    ['a target above the KPI’s own high end', { rangeHigh: 60 }, 'target.value'],
  ])('refuses %s, naming the field, and saves nothing', async (_n, change, field) => {
    const kpi = await freshKpi(bed);
    const error = await errorOf((await admin()).admin.kpi.update(kpiForm(kpi, change)));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldsOf(error)).toContain(field);
    const stored = await readKpi(bed.db, kpi.id);
    expect(stored.version).toBe(kpi.version);
  });

  it('saves the KPI’s own range, and the owner’s values are then checked against it', async () => {
    const kpi = await freshKpi(bed);
    const ownerId = await bed.userId(DEMO.owner);
    const saved = await (
      await admin()
    ).admin.kpi.update(kpiForm(kpi, { rangeLow: 10, rangeHigh: 80, ownerId }));
    expect(saved).toMatchObject({ rangeLow: 10, rangeHigh: 80 });
    const owner = await bed.callerAs(DEMO.owner);
    const refused = await errorOf(
      owner.kpi.recordMeasurement({ kpiId: kpi.id, periodEnd: '2024-06-30', value: 85 }),
    );
    expect(refused.message).toBe(
      'The value must be between 10 and 80 for a percentage in this KPI’s range, not 85',
    );
    const ok = await owner.kpi.recordMeasurement({
      kpiId: kpi.id,
      periodEnd: '2024-06-30',
      value: 80,
    });
    expect(ok.value).toBe(80);
  });
});
