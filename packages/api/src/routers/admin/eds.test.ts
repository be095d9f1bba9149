import {
  addKpi,
  countEdsAssessments,
  findLatestAuditEventFor,
  readKpiValues,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { EDS_SCORES, firstCommitment, strategyOf } from '../../../test/support/admin-fixtures.ts';

describe.each(testProviders())('admin EDS 2022 procedures on %s', (provider) => {
  const { bed, auditCount, admin } = useApiTestBed(provider);

  it('answers an empty assessment for a year not yet recorded', async () => {
    expect(await (await admin()).admin.eds.get({ year: '2031/32' })).toMatchObject({
      id: null,
      scores: [],
      total: null,
      rating: null,
    });
  });

  it('records a year’s scores with the total and rating, and re-records them with one audit event each', async () => {
    const api = await admin();
    const start = await auditCount();
    // Scores 0,1,2,3 repeating over the eleven outcomes: total 15, Developing.
    const saved = await api.admin.eds.save({
      year: '2030/31',
      assessedOn: '2031-02-20',
      scores: EDS_SCORES,
    });
    expect(saved).toMatchObject({ total: 15, rating: 'developing' });
    const read = await api.admin.eds.get({ year: '2030/31' });
    expect(read).toMatchObject({
      total: 15,
      rating: 'developing',
      assessedOn: new Date('2031-02-20T00:00:00.000Z'),
    });
    expect(read.scores.map((s) => s.outcome)).toEqual([
      '1A',
      '1B',
      '1C',
      '1D',
      '2A',
      '2B',
      '2C',
      '2D',
      '3A',
      '3B',
      '3C',
    ]);

    const achieving = EDS_SCORES.map((s) => ({ ...s, score: 2 }));
    expect(
      await api.admin.eds.save({ year: '2030/31', assessedOn: '2031-03-01', scores: achieving }),
    ).toMatchObject({ total: 22, rating: 'achieving' });
    expect(await auditCount()).toBe(start + 2);
    const event = await findLatestAuditEventFor(bed.db, {
      entity: 'eds_assessment',
      operation: 'update',
    });
    expect(JSON.parse(event.before ?? '{}')).toMatchObject({ total: 15 });
    expect(JSON.parse(event.after ?? '{}')).toMatchObject({ total: 22 });
  });

  it('records the total as the EDS-TOTAL KPI’s value for the year when the trust has that KPI, replacing it on a re-save', async () => {
    const api = await admin();
    // The demo trust has no EDS-TOTAL KPI: the assessment still saves, and says the total was not recorded.
    const without = await api.admin.eds.save({
      year: '2032/33',
      assessedOn: '2033-02-20',
      scores: EDS_SCORES,
    });
    expect(without).toMatchObject({ total: 15, kpiValue: null });

    const strategy = await strategyOf(bed);
    const { ambitionId } = await firstCommitment(bed);
    const kpi = await addKpi(bed.db, {
      organisationId: bed.organisationId,
      strategyId: strategy.id,
      ambitionId,
      code: 'EDS-TOTAL',
      title: 'EDS 2022 total score',
      unit: 'score',
      direction: 'increase',
      baselineValue: 11,
      baselineDate: new Date('2024-03-31T00:00:00.000Z'),
      targetValue: 22,
      targetDate: new Date('2034-03-31T00:00:00.000Z'),
      frequency: 'annual',
    });
    const start = await auditCount();
    const saved = await api.admin.eds.save({
      year: '2032/33',
      assessedOn: '2033-02-21',
      scores: EDS_SCORES,
    });
    const yearEnd = new Date('2033-03-31T00:00:00.000Z');
    expect(saved.kpiValue).toEqual({
      kpiCode: 'EDS-TOTAL',
      periodEnd: yearEnd,
      value: 15,
      replaced: null,
    });
    const achieving = EDS_SCORES.map((s) => ({ ...s, score: 2 }));
    const again = await api.admin.eds.save({
      year: '2032/33',
      assessedOn: '2033-02-21',
      scores: achieving,
    });
    expect(again.kpiValue).toMatchObject({ value: 22, replaced: 15 });
    expect(await auditCount()).toBe(start + 2);
    const values = await readKpiValues(bed.db, kpi.id);
    expect(values.map(({ periodEnd, value, group }) => ({ periodEnd, value, group }))).toEqual([
      { periodEnd: yearEnd, value: 22, group: '' },
    ]);
    // The KPI page shows it.
    const page = await (await bed.callerAs(DEMO.board)).kpi.byId({ id: kpi.id });
    expect(page.series.map((m) => [m.periodEnd, m.value])).toEqual([[yearEnd, 22]]);
  });

  it('refuses a missing outcome, a score of 4 and a malformed year, writing nothing', async () => {
    const api = await admin();
    const start = await auditCount();
    const missing = await errorOf(
      api.admin.eds.save({
        year: '2029/30',
        assessedOn: '2030-02-20',
        scores: EDS_SCORES.slice(1),
      }),
    );
    expect(missing.code).toBe('BAD_REQUEST');
    expect(missing.message).toMatch(/1A missing/);
    const four = await errorOf(
      api.admin.eds.save({
        year: '2029/30',
        assessedOn: '2030-02-20',
        scores: EDS_SCORES.map((s) => ({ ...s, score: 4 })),
      }),
    );
    expect(four.message).toMatch(/score must be 0, 1, 2 or 3/);
    const year = await errorOf(
      api.admin.eds.save({ year: '2029/31', assessedOn: '2030-02-20', scores: EDS_SCORES }),
    );
    expect(year.message).toMatch(/two consecutive years/);
    expect(await auditCount()).toBe(start);
    expect(await countEdsAssessments(bed.db, ['2029/30', '2029/31'])).toBe(0);
  });

  it('refuses everyone but the EDI team', async () => {
    for (const email of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
      const caller = await bed.callerAs(email);
      expect((await errorOf(caller.admin.eds.get({ year: '2030/31' }))).code).toBe('FORBIDDEN');
      expect(
        (
          await errorOf(
            caller.admin.eds.save({
              year: '2028/29',
              assessedOn: '2029-02-20',
              scores: EDS_SCORES,
            }),
          )
        ).code,
      ).toBe('FORBIDDEN');
    }
    expect(await countEdsAssessments(bed.db, ['2028/29'])).toBe(0);
  });
});
