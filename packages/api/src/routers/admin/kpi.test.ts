import {
  addTrajectoryPoints,
  countKpis,
  readKpi,
  readKpiValues,
  testProviders,
} from '@belonging/db/testing';
import { INDICATOR_LIBRARY } from '@belonging/domain';
import { describe, expect, it } from 'vitest';
import { detailsOf, errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { kpiByCode } from '../../../test/support/fixtures.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { firstCommitment, freshKpi, kpiForm } from '../../../test/support/admin-fixtures.ts';

const increaseRules = {
  unit: 'percent' as const,
  direction: 'increase' as const,
  baseline: { value: 45, date: '2024-03-31' },
  target: { value: 58, date: '2028-03-31' },
  tolerance: { kind: 'relative' as const, value: 10 },
  frequency: 'annual' as const,
};

describe.each(testProviders())('admin KPI procedures on %s', (provider) => {
  const { bed, auditCount, admin } = useApiTestBed(provider);

  it('creates a KPI under a commitment with its trajectory, SPC settings, owner and tags', async () => {
    const api = await admin();
    const commitment = await firstCommitment(bed);
    const start = await auditCount();
    const kpi = await api.admin.kpi.create({
      commitmentId: commitment.id,
      code: 'NSS-VOICE',
      title: 'Staff who feel able to speak up',
      definition:
        'Staff survey: respondents who feel safe to speak up about anything that concerns them.',
      dataSource: 'NHS Staff Survey (annual)',
      ownerId: await bed.userId(DEMO.owner),
      ...increaseRules,
      trajectory: [
        { date: '2026-03-31', value: 50 },
        { date: '2025-03-31', value: 47 },
      ],
      reportingLagDays: 90,
      spc: { minimumPoints: 15, shiftLength: 7 },
      tags: [{ framework: 'eds', code: '2D' }],
    });
    expect(kpi).toMatchObject({
      commitmentId: commitment.id,
      ambitionId: commitment.ambitionId,
      direction: 'increase',
      targetValue: 58,
      bandLow: null,
      reportingLagDays: 90,
      spcMinimumPoints: 15,
      spcShiftLength: 7,
      spcTrendLength: 6,
      version: 1,
      tags: [{ framework: 'eds', code: '2D' }],
    });
    expect(kpi.trajectory.map((p) => p.value)).toEqual([47, 50]);
    expect(await auditCount()).toBe(start + 1);
  });

  it('replaces the trajectory as a set on update and refuses a stale version with CONFLICT', async () => {
    const api = await admin();
    const kpi = await freshKpi(bed);
    await addTrajectoryPoints(bed.db, [
      {
        organisationId: bed.organisationId,
        kpiId: kpi.id,
        date: new Date('2025-03-31T00:00:00.000Z'),
        value: 44,
      },
      {
        organisationId: bed.organisationId,
        kpiId: kpi.id,
        date: new Date('2027-03-31T00:00:00.000Z'),
        value: 55,
      },
    ]);
    const updated = await api.admin.kpi.update(kpiForm(kpi));
    expect(updated).toMatchObject({
      title: 'Test KPI, renamed',
      targetValue: 65,
      toleranceKind: 'absolute',
      toleranceValue: 2,
      version: 2,
    });
    expect(updated.trajectory).toEqual([{ date: new Date('2026-03-31T00:00:00.000Z'), value: 50 }]);

    const start = await auditCount();
    const stale = await errorOf(api.admin.kpi.update(kpiForm(kpi, { title: 'Lost edit' })));
    expect(stale.code).toBe('CONFLICT');
    expect(detailsOf(stale)).toEqual({ currentVersion: 2 });
    expect((await readKpi(bed.db, kpi.id)).title).toBe('Test KPI, renamed');
    expect(await auditCount()).toBe(start);
  });

  it('refuses definitions the rules would refuse, naming the field, and writes nothing', async () => {
    const api = await admin();
    const { ambitionId } = await firstCommitment(bed);
    const start = await auditCount();
    const base = { ambitionId, code: 'BAD-1', title: 'Refused KPI' };
    const band = await errorOf(
      api.admin.kpi.create({
        ...base,
        ...increaseRules,
        direction: 'band',
        unit: 'ratio',
        target: null,
        band: { low: 1.25, high: 0.8 },
      }),
    );
    expect(band.code).toBe('BAD_REQUEST');
    expect(band.message).toMatch(/band low/i);
    const backwards = await errorOf(
      api.admin.kpi.create({
        ...base,
        ...increaseRules,
        target: { value: 58, date: '2023-03-31' },
      }),
    );
    expect(backwards.code).toBe('BAD_REQUEST');
    expect(backwards.message).toMatch(/target date must be after the baseline date/);
    const noTarget = await errorOf(
      api.admin.kpi.create({ ...base, ...increaseRules, target: null }),
    );
    expect(noTarget.message).toMatch(/target value and date/);
    const taken = await errorOf(
      api.admin.kpi.create({ ...base, ...increaseRules, code: 'WRES-1' }),
    );
    expect(taken.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(taken))).toEqual(['code']);
    expect(await countKpis(bed.db, { codes: ['BAD-1'] })).toBe(0);
    expect(await auditCount()).toBe(start);
  });

  it('archives a KPI, keeping the row and its values', async () => {
    const api = await admin();
    const kpi = await freshKpi(bed);
    const archived = await api.admin.kpi.archive({ id: kpi.id, expectedVersion: kpi.version });
    expect(archived.archivedAt).not.toBeNull();
    expect(await countKpis(bed.db, { id: kpi.id })).toBe(1);
    expect((await errorOf(api.admin.kpi.byId({ id: kpi.id }))).code).toBe('NOT_FOUND');
  });

  it('previews the colour and SPC reading a definition gives on the KPI’s own values, writing nothing', async () => {
    const api = await admin();
    const kpi = await kpiByCode(bed, 'WRES-1');
    const values = await readKpiValues(bed.db, kpi.id, { group: '', upTo: new Date() });
    const latest = values[values.length - 1];
    if (!latest) throw new Error('The demo trust has WRES-1 values');
    const before = await readKpi(bed.db, kpi.id);
    const start = await auditCount();

    const reachable = await api.admin.kpi.preview({
      kpiId: kpi.id,
      definition: {
        ...increaseRules,
        frequency: 'quarterly',
        baseline: { value: 0, date: '2020-03-31' },
        target: { value: latest.value - 1, date: '2021-03-31' },
      },
    });
    expect(reachable.assessment).toMatchObject({ rag: 'blue', actual: latest.value });
    expect(reachable.spc.points).toHaveLength(values.length);
    const unreachable = await api.admin.kpi.preview({
      kpiId: kpi.id,
      definition: {
        ...increaseRules,
        frequency: 'quarterly',
        baseline: { value: 99, date: '2020-03-31' },
        target: { value: 100, date: '2021-03-31' },
        tolerance: { kind: 'absolute', value: 0 },
      },
    });
    expect(unreachable.assessment.rag).toBe('red');

    expect(await readKpi(bed.db, kpi.id)).toEqual(before);
    expect(await auditCount()).toBe(start);
  });

  it('previews a new KPI with no values as grey, no data', async () => {
    const preview = await (await admin()).admin.kpi.preview({ definition: increaseRules });
    expect(preview.assessment).toMatchObject({ rag: 'grey', reason: 'no_data' });
    expect(preview.spc.points).toEqual([]);
  });

  it('lists the NHS indicator library with the four-fifths band on the relative-likelihood indicators', async () => {
    const { indicators } = await (await admin()).admin.library.list();
    const codes = indicators.map((i) => i.code);
    for (let n = 1; n <= 9; n++) expect(codes).toContain(`WRES-${n}`);
    for (let n = 1; n <= 10; n++) expect(codes).toContain(`WDES-${n}`);
    const banded = indicators.filter((i) => i.direction === 'band').map((i) => i.code);
    expect(banded).toEqual(['WRES-2', 'WRES-3', 'WRES-4', 'WDES-2', 'WDES-3', 'EDI-2a']);
    for (const i of indicators.filter((x) => x.direction === 'band'))
      expect(i).toMatchObject({ unit: 'ratio', band: { low: 0.8, high: 1.25 } });
    expect(codes.filter((c) => c.startsWith('PAYGAP-'))).toHaveLength(6);
    expect(codes.filter((c) => c.startsWith('EDI-'))).toEqual(
      [
        '1a',
        '2a',
        '2b',
        '2c',
        '2d',
        '2e',
        '2f',
        '3a',
        '4a',
        '4b',
        '4c',
        '5a',
        '5b',
        '5c',
        '6a',
        '6b',
        '6c',
      ].map((c) => `EDI-${c}`),
    );
    expect(codes).toContain('EDS-TOTAL');
    expect(indicators).toHaveLength(INDICATOR_LIBRARY.length);
  });

  it('creates a KPI from the library with its definition, unit, band and source', async () => {
    const api = await admin();
    const { ambitionId } = await firstCommitment(bed);
    const kpi = await api.admin.kpi.createFromLibrary({
      libraryCode: 'WDES-3',
      code: 'WDES-3-TRUST',
      ambitionId,
      baseline: { value: 2.1, date: '2024-03-31' },
    });
    expect(kpi).toMatchObject({
      code: 'WDES-3-TRUST',
      unit: 'ratio',
      direction: 'band',
      bandLow: 0.8,
      bandHigh: 1.25,
      frequency: 'annual',
      targetValue: null,
    });
    expect(kpi.definition).toMatch(/capability/);
    expect(kpi.tags).toEqual([{ framework: 'wdes', code: 'WDES-3' }]);

    const gap = await api.admin.kpi.createFromLibrary({
      libraryCode: 'PAYGAP-ETHNICITY-MEDIAN',
      ambitionId,
      baseline: { value: 3.87, date: '2024-03-31' },
      target: { value: 0, date: '2028-03-31' },
    });
    expect(gap).toMatchObject({
      code: 'PAYGAP-ETHNICITY-MEDIAN',
      unit: 'percent',
      direction: 'decrease',
      targetValue: 0,
    });
  });

  it('refuses a library KPI without the target its direction needs, or an unknown indicator', async () => {
    const api = await admin();
    const { ambitionId } = await firstCommitment(bed);
    const noTarget = await errorOf(
      api.admin.kpi.createFromLibrary({
        libraryCode: 'WRES-7',
        code: 'WRES-7-X',
        ambitionId,
        baseline: { value: 45, date: '2024-03-31' },
      }),
    );
    expect(noTarget.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(noTarget))).toEqual(['target']);
    const unknown = await errorOf(
      api.admin.kpi.createFromLibrary({
        libraryCode: 'WRES-99',
        ambitionId,
        baseline: { value: 1, date: '2024-03-31' },
      }),
    );
    expect(Object.keys(fieldErrorsOf(unknown))).toEqual(['libraryCode']);
    expect(await countKpis(bed.db, { codes: ['WRES-7-X', 'WRES-99'] })).toBe(0);
  });

  it('refuses other roles and another trust’s KPI', async () => {
    const kpi = await freshKpi(bed);
    for (const email of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
      expect(
        (
          await errorOf(
            (await bed.callerAs(email)).admin.kpi.archive({
              id: kpi.id,
              expectedVersion: kpi.version,
            }),
          )
        ).code,
      ).toBe('FORBIDDEN');
      expect((await errorOf((await bed.callerAs(email)).admin.library.list())).code).toBe(
        'FORBIDDEN',
      );
    }
    expect(
      (
        await errorOf(
          (await admin()).admin.kpi.preview({ kpiId: bed.other.kpiId, definition: increaseRules }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect((await readKpi(bed.db, kpi.id)).archivedAt).toBeNull();
  });
});
