import {
  countMeasurements,
  findAuditEventFor,
  findLatestLockedPeriod,
  testProviders,
} from '@belonging/db/testing';
import { londonDay, toIsoDay } from '@belonging/domain';
import { describe, expect, it } from 'vitest';
import { detailsOf, errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { freshKpi } from '../../../test/support/admin-fixtures.ts';

/** The first quarter end after today's London date: a period that has not ended yet. */
function nextQuarterEnd(): string {
  const today = londonDay(new Date());
  const month = today.getUTCMonth() - (today.getUTCMonth() % 3) + 3;
  return toIsoDay(new Date(Date.UTC(today.getUTCFullYear(), month, 0)));
}

describe.each(testProviders())(
  'admin measurement import: dates and locked periods on %s',
  (provider) => {
    const { bed, auditCount, admin } = useApiTestBed(provider);
    const valuesOf = (kpiId: string) => countMeasurements(bed.db, { kpiId });

    it('refuses a measurement dated after today, on validate and on commit, writing nothing', async () => {
      const api = await admin();
      const kpi = await freshKpi(bed);
      const rows = [{ line: 2, kpiCode: kpi.code, periodEnd: nextQuarterEnd(), value: '41' }];
      const checked = await api.admin.import.validate({ rows });
      expect(checked.problems.map((p) => [p.line, p.field])).toEqual([[2, 'periodEnd']]);
      expect(checked.problems[0]?.reason).toMatch(
        / is after today: the period end must be today or earlier$/,
      );
      const audits = await auditCount();
      const refused = await errorOf(api.admin.import.commit({ rows }));
      expect(refused.code).toBe('BAD_REQUEST');
      expect(detailsOf(refused)).toMatchObject({ problems: [{ line: 2, field: 'periodEnd' }] });
      expect(await valuesOf(kpi.id)).toBe(0);
      expect(await auditCount()).toBe(audits);
    });

    it('says which locked quarter a value falls in, and imports it only once the person confirms', async () => {
      const api = await admin();
      const kpi = await freshKpi(bed);
      const period = await findLatestLockedPeriod(bed.db, bed.organisationId, { isLive: true });
      const rows = [
        { line: 2, kpiCode: kpi.code, periodEnd: toIsoDay(period.endDate), value: '41' },
        {
          line: 3,
          kpiCode: kpi.code,
          periodEnd: toIsoDay(period.endDate),
          value: '43',
          group: 'BME',
        },
      ];
      const checked = await api.admin.import.validate({ rows });
      expect(checked).toMatchObject({ isValid: true, problems: [] });
      expect(checked.lockedPeriods).toEqual([{ label: period.label, rowCount: 2, firstLine: 2 }]);

      const audits = await auditCount();
      const refused = await errorOf(api.admin.import.commit({ rows }));
      expect(refused.code).toBe('BAD_REQUEST');
      expect(refused.message).toBe(
        `${period.label} is locked: the board’s snapshot will not change; the live figures will. Tick the box to confirm you want to import values for a locked quarter; nothing has been imported.`,
      );
      expect(Object.keys(fieldErrorsOf(refused))).toEqual(['confirmLockedPeriods']);
      expect(await valuesOf(kpi.id)).toBe(0);
      expect(await auditCount()).toBe(audits);

      const done = await api.admin.import.commit({ rows, confirmLockedPeriods: true });
      expect(done).toMatchObject({ rowCount: 2, newCount: 2 });
      expect(await valuesOf(kpi.id)).toBe(2);
      expect(await auditCount()).toBe(audits + 1);
      const event = await findAuditEventFor(bed.db, { entity: 'import', entityId: done.importId });
      expect(JSON.parse(event.after ?? '{}')).toMatchObject({ lockedPeriods: [period.label] });
    });

    it('needs no confirmation when no row falls in a locked quarter', async () => {
      const api = await admin();
      const kpi = await freshKpi(bed);
      const rows = [{ line: 2, kpiCode: kpi.code, periodEnd: '2020-03-31', value: '41' }];
      expect((await api.admin.import.validate({ rows })).lockedPeriods).toEqual([]);
      expect(await api.admin.import.commit({ rows })).toMatchObject({ rowCount: 1 });
    });
  },
);
