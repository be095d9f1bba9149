import {
  countMeasurements,
  findAuditEventFor,
  readKpiValues,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { detailsOf, errorOf } from '../../../test/support/call.ts';
import { kpiByCode } from '../../../test/support/fixtures.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { freshKpi } from '../../../test/support/admin-fixtures.ts';

describe.each(testProviders())('admin measurement import on %s', (provider) => {
  const { bed, auditCount, admin } = useApiTestBed(provider);

  const measurementCount = () => countMeasurements(bed.db, { organisationId: bed.organisationId });

  it('refuses a file with one bad row, writing nothing, then writes every row once it is fixed', async () => {
    const api = await admin();
    const kpi = await freshKpi(bed);
    const rows = [
      { line: 2, kpiCode: kpi.code, periodEnd: '2024-06-30', value: '41.5' },
      {
        line: 3,
        kpiCode: kpi.code,
        periodEnd: '30/09/2024',
        value: '42',
        group: 'BME',
        note: 'Quarter 2',
      },
      { line: 4, kpiCode: kpi.code, periodEnd: '2024-12-31', value: 'forty-three' },
    ];
    const measurements = await measurementCount();
    const audits = await auditCount();

    const checked = await api.admin.import.validate({ rows });
    expect(checked).toMatchObject({ isValid: false, rowCount: 3 });
    expect(checked.problems).toEqual([
      { line: 4, field: 'value', reason: '"forty-three" is not a number' },
    ]);
    const refused = await errorOf(api.admin.import.commit({ rows }));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(refused.message).toMatch(/1 row has a problem: nothing was imported/);
    expect(detailsOf(refused)).toMatchObject({
      problemCount: 1,
      problems: [{ line: 4, field: 'value' }],
    });
    expect(await measurementCount()).toBe(measurements);
    expect(await auditCount()).toBe(audits);

    const fixed = rows.map((r) => (r.line === 4 ? { ...r, value: '43' } : r));
    expect(await api.admin.import.validate({ rows: fixed })).toMatchObject({
      isValid: true,
      newCount: 3,
      replaceCount: 0,
      problems: [],
    });
    const done = await api.admin.import.commit({ rows: fixed });
    expect(done).toMatchObject({ rowCount: 3, newCount: 3, replaceCount: 0 });
    const stored = await readKpiValues(bed.db, kpi.id);
    expect(stored).toEqual([
      { periodEnd: new Date('2024-06-30T00:00:00.000Z'), value: 41.5, group: '', note: null },
      {
        periodEnd: new Date('2024-09-30T00:00:00.000Z'),
        value: 42,
        group: 'BME',
        note: 'Quarter 2',
      },
      { periodEnd: new Date('2024-12-31T00:00:00.000Z'), value: 43, group: '', note: null },
    ]);
    expect(await auditCount()).toBe(audits + 1);
    const event = await findAuditEventFor(bed.db, { entity: 'import', entityId: done.importId });
    expect(JSON.parse(event.after ?? '{}')).toMatchObject({
      rowCount: 3,
      newCount: 3,
      byKpi: { [kpi.code]: 3 },
    });
  });

  it('replaces values with the same KPI, period end and group, keeping the old values in the audit event', async () => {
    const api = await admin();
    const kpi = await freshKpi(bed);
    await api.admin.import.commit({
      rows: [{ line: 2, kpiCode: kpi.code, periodEnd: '2025-03-31', value: '50' }],
    });
    const again = await api.admin.import.commit({
      rows: [
        { line: 2, kpiCode: kpi.code, periodEnd: '2025-03-31', value: '52', note: 'Corrected' },
      ],
    });
    expect(again).toMatchObject({ newCount: 0, replaceCount: 1 });
    const stored = await readKpiValues(bed.db, kpi.id);
    expect(stored.map(({ value, note }) => ({ value, note }))).toEqual([
      { value: 52, note: 'Corrected' },
    ]);
    const event = await findAuditEventFor(bed.db, { entityId: again.importId });
    expect(JSON.parse(event.before ?? '{}')).toEqual({
      replaced: [
        {
          kpiCode: kpi.code,
          periodEnd: '2025-03-31',
          group: '',
          value: 50,
          numerator: null,
          denominator: null,
          note: null,
        },
      ],
    });
  });

  it.each([
    [
      'an unknown KPI code',
      { kpiCode: 'NO-SUCH-KPI' },
      'kpiCode',
      /No live KPI with code "NO-SUCH-KPI"/,
    ],
    ['an impossible date', { periodEnd: '31/02/2025' }, 'periodEnd', /is not a date/],
    ['a blank value', { value: ' ' }, 'value', /Enter the value/],
    ['a percentage above 100', { value: '101' }, 'value', /between 0 and 100/],
    [
      'a numerator larger than its denominator',
      { numerator: '12', denominator: '10' },
      'numerator',
      /cannot be larger/,
    ],
    [
      'a numerator without a denominator',
      { numerator: '12' },
      'denominator',
      /both the numerator and the denominator/,
    ],
    [
      'a count that is not a whole number',
      { numerator: '1.5', denominator: '10' },
      'numerator',
      /whole number/,
    ],
  ])('reports %s by line and field', async (_name, change, field, reason) => {
    const kpi = await freshKpi(bed);
    const row = { line: 7, kpiCode: kpi.code, periodEnd: '2025-03-31', value: '45', ...change };
    const { problems } = await (await admin()).admin.import.validate({ rows: [row] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 7, field });
    expect(problems[0]?.reason).toMatch(reason);
  });

  it('reports a duplicate row against the first line, and a ratio KPI without its counts', async () => {
    const kpi = await freshKpi(bed);
    const ratio = await kpiByCode(bed, 'WRES-2');
    const { problems } = await (
      await admin()
    ).admin.import.validate({
      rows: [
        { line: 2, kpiCode: kpi.code, periodEnd: '2025-03-31', value: '45', group: 'White' },
        {
          line: 3,
          kpiCode: kpi.code.toLowerCase(),
          periodEnd: '31/03/2025',
          value: '46',
          group: 'White',
        },
        { line: 4, kpiCode: 'WRES-2', periodEnd: '2025-03-31', value: '1.3' },
        {
          line: 5,
          kpiCode: ratio.code,
          periodEnd: '2024-03-31',
          value: '1.3',
          numerator: '30',
          denominator: '120',
        },
      ],
    });
    expect(problems).toEqual([
      {
        line: 3,
        field: 'periodEnd',
        reason: 'Duplicate of line 2: same KPI, period end and group',
      },
      {
        line: 4,
        field: 'numerator',
        reason:
          'WRES-2 is a ratio: give the numerator and denominator counts it was worked out from',
      },
    ]);
  });

  it('accepts a negative pay gap, which is a signed percentage', async () => {
    const { problems } = await (
      await admin()
    ).admin.import.validate({
      rows: [{ line: 2, kpiCode: 'GPG-MEAN', periodEnd: '2025-03-31', value: '-1.99%' }],
    });
    expect(problems).toEqual([]);
  });

  it('refuses more than 20,000 rows, other roles, and writes nothing', async () => {
    const kpi = await freshKpi(bed);
    const measurements = await measurementCount();
    const rows = Array.from({ length: 20_001 }, (_, i) => ({
      line: i + 2,
      kpiCode: kpi.code,
      periodEnd: '2025-03-31',
      value: '1',
    }));
    const tooMany = await errorOf((await admin()).admin.import.validate({ rows }));
    expect(tooMany.code).toBe('BAD_REQUEST');
    expect(tooMany.message).toMatch(/20,000 rows or fewer/);
    const one = { rows: [{ line: 2, kpiCode: kpi.code, periodEnd: '2025-03-31', value: '45' }] };
    for (const email of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
      expect((await errorOf((await bed.callerAs(email)).admin.import.commit(one))).code).toBe(
        'FORBIDDEN',
      );
    }
    expect((await errorOf((await bed.callerAs(null)).admin.import.commit(one))).code).toBe(
      'UNAUTHORIZED',
    );
    expect(await measurementCount()).toBe(measurements);
  });

  it('never reaches another trust’s KPIs by code', async () => {
    const { problems } = await (
      await admin()
    ).admin.import.validate({
      rows: [{ line: 2, kpiCode: 'OTHER-1', periodEnd: '2025-03-31', value: '45' }],
    });
    expect(problems).toEqual([
      { line: 2, field: 'kpiCode', reason: 'No live KPI with code "OTHER-1" in this trust' },
    ]);
  });
});
