import { testProviders } from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import {
  freshWorkforceUpload,
  smallWorkforceResult,
} from '../../test/support/workforce-fixtures.ts';
import { kpiByCode } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

const ASOF = '2030-03-31';

describe.each(testProviders())('the intersectional breakdown on a KPI page, on %s', (provider) => {
  const { bed, admin } = useApiTestBed(provider);

  it('gives a workforce KPI the latest saved year’s table, suppressed cells without their values', async () => {
    const upload = await freshWorkforceUpload(bed, { asOf: ASOF });
    await (await admin()).admin.workforce.save({ id: upload.id, addKpiCodes: [] });
    const kpi = await kpiByCode(bed, 'WRES-2');
    const source = smallWorkforceResult(ASOF).measures.INTERSECT;
    for (const who of [DEMO.board, DEMO.owner, DEMO.admin]) {
      const page = await (await bed.callerAs(who)).kpi.byId({ id: kpi.id });
      expect(page.intersect?.asOf.toISOString().slice(0, 10)).toBe(ASOF);
      expect(page.intersect?.threshold).toBe(10);
      const rows = page.intersect?.rows ?? [];
      expect(rows).toHaveLength(source.length);
      const hidden = rows.filter((r) => r.suppressed);
      expect(hidden.length).toBeGreaterThan(0);
      for (const r of hidden) {
        expect([r.headcount, r.percentOfWorkforce, r.meanHourly, r.meanGapVsReference]).toEqual([
          null,
          null,
          null,
          null,
        ]);
      }
      const text = JSON.stringify(rows);
      for (const s of source.filter((r) => r.suppressed)) {
        if (s.percentOfWorkforce !== null) expect(text).not.toContain(String(s.percentOfWorkforce));
      }
      const shown = rows.find((r) => !r.suppressed);
      expect(shown?.headcount).toBeGreaterThanOrEqual(10);
    }
  });

  it('gives no table to a KPI the workforce engine does not feed', async () => {
    const kpi = await kpiByCode(bed, 'WRES-7');
    const page = await (await bed.callerAs(DEMO.board)).kpi.byId({ id: kpi.id });
    expect(page.intersect).toBeNull();
  });
});
