import { parseIsoDay } from '@belonging/domain';
import {
  countKpis,
  countMeasurements,
  readKpiTargetsByCode,
  readKpiValuesByCode,
  setKpiArchivedAt,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../test/support/call.ts';
import { kpiByCode } from '../../../test/support/fixtures.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import { freshWorkforceUpload } from '../../../test/support/workforce-fixtures.ts';

const ASOF = '2027-03-31';

describe.each(testProviders())('admin.workforce on %s', (provider) => {
  const { bed, admin, auditCount, lastEvent } = useApiTestBed(provider);

  const valuesAt = async (code: string, asOf = ASOF) =>
    readKpiValuesByCode(bed.db, bed.organisationId, code, parseIsoDay(asOf));

  it('lists the trust’s uploads with their provenance, and none of another trust’s', async () => {
    const mine = await freshWorkforceUpload(bed, { asOf: '2025-03-31' });
    const theirs = await freshWorkforceUpload(bed, {
      organisationId: bed.other.organisationId,
      email: bed.other.ownerEmail,
    });
    const list = await (await admin()).admin.workforce.list();
    expect(list.map((u) => u.id)).toContain(mine.id);
    expect(list.map((u) => u.id)).not.toContain(theirs.id);
    expect(list.find((u) => u.id === mine.id)).toMatchObject({
      staffFileName: 'staff.csv',
      staffRows: 371,
      savedAt: null,
      uploadedBy: { name: expect.any(String) as unknown },
    });
  });

  it('shows an upload’s full figures and what saving would write, add and leave out', async () => {
    const upload = await freshWorkforceUpload(bed, { asOf: ASOF });
    const page = await (await admin()).admin.workforce.byId({ id: upload.id });
    expect(page.upload.id).toBe(upload.id);
    const hidden = page.result.measures.INTERSECT.filter((r) => r.suppressed);
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((r) => r.meanHourly !== null)).toBe(true);
    const plan = new Map(page.plan.kpis.map((k) => [k.kpiCode, k]));
    expect(plan.get('WRES-2')).toMatchObject({ status: 'present', replaces: 0 });
    expect(plan.get('WRES-2')?.values.find((v) => v.group === '')?.value).toBeCloseTo(1.575);
    expect(plan.get('PAYGAP-GENDER-MEAN')).toMatchObject({
      status: 'can_create',
      create: { baseline: { value: expect.closeTo(9.5238, 3) as unknown }, frequency: 'annual' },
    });
    expect(page.plan.skipped).toContainEqual(
      expect.objectContaining({ kpiCode: 'WDES-1', group: '' }),
    );
  });

  it('saves in one transaction with one audit event: adds chosen library KPIs, writes values and hidden flags', async () => {
    const upload = await freshWorkforceUpload(bed, { asOf: ASOF });
    const events = await auditCount();
    const saved = await (
      await admin()
    ).admin.workforce.save({ id: upload.id, addKpiCodes: ['PAYGAP-GENDER-MEAN', 'WDES-10'] });
    expect(await auditCount()).toBe(events + 1);
    expect(saved.created).toEqual(['PAYGAP-GENDER-MEAN', 'WDES-10']);
    expect(saved.kpisWritten).toEqual(expect.arrayContaining(['WRES-2', 'WDES-10', 'EDI-2d']));
    expect(saved.notWritten.map((n) => n.kpiCode)).toContain('PAYGAP-ETHNICITY-MEAN');
    expect(saved.notWritten.map((n) => n.kpiCode)).not.toContain('WRES-2');

    const wres2 = await valuesAt('WRES-2');
    expect(wres2.map((m) => m.group)).toEqual(['', 'BME', 'White']);
    expect(wres2[0]?.value).toBeCloseTo(1.575);
    expect(wres2.find((m) => m.group === 'White')).toMatchObject({
      numerator: 60,
      denominator: 200,
    });
    const band5 = (await valuesAt('WRES-1')).find((m) => m.group === 'Clinical, Band 5');
    expect(band5).toMatchObject({ suppressed: true, numerator: 144, denominator: 320 });
    expect((await valuesAt('WDES-1')).some((m) => m.group === '')).toBe(false);

    const gap = await readKpiTargetsByCode(bed.db, bed.organisationId, 'PAYGAP-GENDER-MEAN');
    expect(gap).toMatchObject({ direction: 'decrease', frequency: 'annual', targetValue: 0 });
    expect(gap.baselineValue).toBeCloseTo(9.5238, 3);
    expect((await valuesAt('PAYGAP-GENDER-MEAN'))[0]?.value).toBeCloseTo(9.5238, 3);
    expect(await valuesAt('PAYGAP-ETHNICITY-MEAN')).toEqual([]);

    const event = await lastEvent(upload.id);
    expect(event).toMatchObject({ entity: 'workforce_upload', operation: 'save_to_kpis' });
    const after = JSON.parse(event.after ?? '{}') as Record<string, unknown>;
    expect(after).toMatchObject({
      provenance: {
        asOf: ASOF,
        staff: { fileName: 'staff.csv', sha256: 'a'.repeat(64), rows: 371 },
        recruitment: { fileName: 'recruitment.csv', sha256: 'b'.repeat(64), rows: 420 },
        savedBy: expect.any(String) as unknown,
      },
      written: saved.written,
      created: ['PAYGAP-GENDER-MEAN', 'WDES-10'],
    });
    const list = await (await admin()).admin.workforce.list();
    expect(list.find((u) => u.id === upload.id)?.savedAt).not.toBeNull();
  });

  it('saving the year again replaces its values, and the audit event keeps every replaced one', async () => {
    const before = await valuesAt('WRES-2');
    const again = await freshWorkforceUpload(bed, { asOf: ASOF, scale: 2 });
    const plan = await (await admin()).admin.workforce.byId({ id: again.id });
    const wres2 = plan.plan.kpis.find((k) => k.kpiCode === 'WRES-2');
    expect(wres2?.replaces).toBe(before.length);
    expect(plan.plan.kpis.find((k) => k.kpiCode === 'WDES-10')?.status).toBe('present');
    const saved = await (await admin()).admin.workforce.save({ id: again.id, addKpiCodes: [] });
    expect(saved.replaced).toBeGreaterThan(0);
    const after = await valuesAt('WRES-2');
    expect(after[0]?.value).toBeCloseTo(3.15);
    expect(after).toHaveLength(3);
    const event = await lastEvent(again.id);
    const replaced = (JSON.parse(event.before ?? '{}') as { replaced: unknown[] }).replaced;
    expect(replaced).toHaveLength(saved.replaced);
    expect(replaced).toContainEqual({
      kpiCode: 'WRES-2',
      group: '',
      value: before[0]?.value,
      numerator: null,
      denominator: null,
      suppressed: false,
    });
    expect(replaced).toContainEqual(
      expect.objectContaining({ kpiCode: 'WRES-1', group: 'Clinical, Band 5', suppressed: true }),
    );
  });

  it('answers NOT_FOUND for another trust’s upload and FORBIDDEN for anyone but the EDI team', async () => {
    const theirs = await freshWorkforceUpload(bed, {
      organisationId: bed.other.organisationId,
      email: bed.other.ownerEmail,
    });
    const caller = await admin();
    expect((await errorOf(caller.admin.workforce.byId({ id: theirs.id }))).code).toBe('NOT_FOUND');
    expect(
      (await errorOf(caller.admin.workforce.save({ id: theirs.id, addKpiCodes: [] }))).code,
    ).toBe('NOT_FOUND');
    const mine = await freshWorkforceUpload(bed, { asOf: ASOF });
    for (const who of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
      const other = await bed.callerAs(who);
      expect(
        (await errorOf(other.admin.workforce.save({ id: mine.id, addKpiCodes: [] }))).code,
      ).toBe('FORBIDDEN');
      expect((await errorOf(other.admin.workforce.list())).code).toBe('FORBIDDEN');
    }
  });

  it.each([
    [['NOPE-1'], /NOPE-1 is not a KPI these figures feed/],
    [['WRES-2'], /WRES-2 is already one of your KPIs/],
    [['PAYGAP-ETHNICITY-MEAN', 'NOPE-2'], /NOPE-2 is not a KPI these figures feed/],
    [['bad code!'], /letters, numbers/],
  ])('refuses %j with BAD_REQUEST and writes nothing', async (codes, message) => {
    const upload = await freshWorkforceUpload(bed, { asOf: '2028-03-31' });
    const events = await auditCount();
    const trust = { organisationId: bed.organisationId };
    const kpis = await countKpis(bed.db, trust);
    const values = await countMeasurements(bed.db, trust);
    const error = await errorOf(
      (await admin()).admin.workforce.save({ id: upload.id, addKpiCodes: codes }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(message);
    expect(await auditCount()).toBe(events);
    expect(await countKpis(bed.db, trust)).toBe(kpis);
    expect(await countMeasurements(bed.db, trust)).toBe(values);
    const [page] = (await (await admin()).admin.workforce.list()).filter((u) => u.id === upload.id);
    expect(page?.savedAt).toBeNull();
  });

  it('refuses to add an archived KPI, and leaves an archived KPI’s values unwritten', async () => {
    const kpi = await kpiByCode(bed, 'EDI-2d');
    await setKpiArchivedAt(bed.db, kpi.id, new Date());
    try {
      const upload = await freshWorkforceUpload(bed, { asOf: '2029-03-31' });
      const caller = await admin();
      const error = await errorOf(
        caller.admin.workforce.save({ id: upload.id, addKpiCodes: ['EDI-2d'] }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(error.message).toMatch(/EDI-2d is an archived KPI/);
      const saved = await caller.admin.workforce.save({ id: upload.id, addKpiCodes: [] });
      expect(saved.notWritten).toContainEqual({
        kpiCode: 'EDI-2d',
        reason: expect.stringMatching(/Archived/) as unknown,
      });
      expect(await valuesAt('EDI-2d', '2029-03-31')).toEqual([]);
    } finally {
      await setKpiArchivedAt(bed.db, kpi.id, null);
    }
  });
});
