import {
  addMeasurement,
  addMeasurements,
  countKpis,
  countMeasurements,
  findAuditEventFor,
  readKpiValues,
  removeMeasurementsAt,
  setSmallNumberThreshold,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf, fieldErrorsOf } from '../../test/support/call.ts';
import { kpiByCode, kpiOwnedBy } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';

describe.each(testProviders())('kpi procedures on %s', (provider) => {
  const { bed } = useApiTestBed(provider);

  describe('list', () => {
    it("lists every live KPI of the caller's trust, each assessed, and only the owner's as recordable", async () => {
      const list = await (await bed.callerAs(DEMO.board)).kpi.list();
      const total = await countKpis(bed.db, { organisationId: bed.organisationId, isLive: true });
      expect(list).toHaveLength(total);
      expect(list.map((k) => k.id)).not.toContain(bed.other.kpiId);
      expect(
        list.every((k) => ['red', 'amber', 'green', 'blue', 'grey'].includes(k.assessment.rag)),
      ).toBe(true);
      expect(list.every((k) => k.ambition !== null)).toBe(true);
      expect(list.some((k) => k.canRecord)).toBe(false);
      const mine = await (await bed.callerAs(DEMO.owner)).kpi.list();
      const ownerId = await bed.userId(DEMO.owner);
      expect(mine.filter((k) => k.canRecord).map((k) => k.id)).toEqual(
        mine.filter((k) => k.owner?.id === ownerId).map((k) => k.id),
      );
    });

    it('names the frameworks each KPI evidences, once each, for the list filter', async () => {
      const list = await (await bed.callerAs(DEMO.board)).kpi.list();
      expect(list.find((k) => k.code === 'WRES-5')?.frameworks.sort()).toEqual([
        'edi_plan',
        'eds',
        'wres',
      ]);
    });
  });

  describe('byId', () => {
    it('gives the definition, trajectory, the whole-population series in date order, its colour and the SPC result', async () => {
      const kpi = await kpiByCode(bed, 'WRES-1');
      const page = await (await bed.callerAs(DEMO.owner)).kpi.byId({ id: kpi.id });
      expect(page).toMatchObject({ code: 'WRES-1', direction: 'increase', canRecord: true });
      const ends = page.series.map((m) => m.periodEnd.getTime());
      expect(ends).toEqual([...ends].sort((a, b) => a - b));
      expect(page.spcResult.points.map((p) => p.value)).toEqual(page.series.map((m) => m.value));
      expect(page.spcResult.ruleSet).toMatch(/shift=6/);
      expect(page.assessment.actual).toBe(page.series.at(-1)?.value);
      expect(page.trajectory.length).toBeGreaterThan(0);
    });

    it('hides a breakdown cell of fewer than the threshold of people, and one more so the total cannot reveal it', async () => {
      const kpi = await kpiByCode(bed, 'WRES-7');
      const { breakdown } = await (await bed.callerAs(DEMO.board)).kpi.byId({ id: kpi.id });
      expect(breakdown?.threshold).toBe(10);
      const cells = breakdown?.cells ?? [];
      const hidden = cells.filter((c) => c.suppressed);
      expect(hidden.map((c) => c.group)).toContain('Other');
      expect(hidden).toHaveLength(2);
      for (const cell of hidden) expect(cell).not.toHaveProperty('value');
      const shown = cells.flatMap((c) => (c.suppressed ? [] : [c.denominator ?? 0]));
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.every((n) => n >= 10)).toBe(true);
    });

    it('shows a value stored as hidden as `*` with its reason, and sends its value to no one', async () => {
      const kpi = await kpiByCode(bed, 'WRES-7');
      const periodEnd = new Date('2031-03-31T00:00:00Z');
      const enteredById = await bed.userId(DEMO.admin);
      const row = { organisationId: bed.organisationId, kpiId: kpi.id, periodEnd, enteredById };
      await addMeasurements(bed.db, [
        { ...row, group: '', value: 1.7, numerator: 900, denominator: 900, suppressed: true },
        { ...row, group: 'Black', value: 61.5, numerator: 40, denominator: 65 },
        { ...row, group: 'White', value: 44.25, numerator: 300, denominator: 678 },
        { ...row, group: 'Mixed', value: 52.75, numerator: 30, denominator: 57, suppressed: true },
      ]);
      try {
        for (const who of [DEMO.admin, DEMO.board, DEMO.owner]) {
          const page = await (await bed.callerAs(who)).kpi.byId({ id: kpi.id });
          const cells = page.breakdown?.cells ?? [];
          expect(page.breakdown?.periodEnd).toEqual(periodEnd);
          const mixed = cells.find((c) => c.group === 'Mixed');
          expect(mixed && Object.keys(mixed).sort()).toEqual(['group', 'reason', 'suppressed']);
          expect(mixed).toMatchObject({ suppressed: true });
          expect(mixed?.suppressed && mixed.reason).toMatch(/fewer people than the small-number/);
          expect(cells.find((c) => c.group === 'White')).toMatchObject({ value: 44.25 });
          expect(page.breakdown?.total).toBeNull();
          expect(page.series.map((m) => m.periodEnd)).not.toContainEqual(periodEnd);
          expect(page.hiddenPeriods).toEqual([periodEnd]);
          const text = JSON.stringify(page);
          expect(text).not.toContain('52.75');
          expect(text).not.toContain('1.7,');
        }
      } finally {
        await removeMeasurementsAt(bed.db, { kpiId: kpi.id, periodEnd });
      }
    });

    it('an owner’s own value replaces a hidden one and is no longer marked hidden', async () => {
      const kpi = await kpiOwnedBy(bed, DEMO.owner);
      const periodEnd = new Date('2021-03-31T00:00:00Z');
      const key = { kpiId: kpi.id, periodEnd, group: 'Hidden group' };
      await addMeasurement(bed.db, {
        ...key,
        organisationId: bed.organisationId,
        value: 3,
        numerator: 1,
        denominator: 4,
        suppressed: true,
        enteredById: await bed.userId(DEMO.admin),
      });
      try {
        const saved = await (
          await bed.callerAs(DEMO.owner)
        ).kpi.recordMeasurement({
          kpiId: kpi.id,
          periodEnd: '2021-03-31',
          group: 'Hidden group',
          value: 40,
          numerator: 20,
          denominator: 50,
        });
        expect(saved).toMatchObject({ replaced: true, suppressed: false });
      } finally {
        await removeMeasurementsAt(bed.db, key);
      }
    });

    it('follows the trust’s own threshold when the EDI team raises it', async () => {
      const kpi = await kpiByCode(bed, 'WRES-7');
      await setSmallNumberThreshold(bed.db, bed.organisationId, 100_000);
      try {
        const { breakdown } = await (await bed.callerAs(DEMO.board)).kpi.byId({ id: kpi.id });
        expect(breakdown?.cells.every((c) => c.suppressed)).toBe(true);
      } finally {
        await setSmallNumberThreshold(bed.db, bed.organisationId, 10);
      }
    });

    it("answers NOT_FOUND for another trust's KPI", async () => {
      expect(
        (await errorOf((await bed.callerAs(DEMO.owner)).kpi.byId({ id: bed.other.kpiId }))).code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('recordMeasurement', () => {
    it('records a new value, then replaces it keeping the old value in the audit trail', async () => {
      const kpi = await kpiOwnedBy(bed, DEMO.owner);
      const owner = await bed.callerAs(DEMO.owner);
      const first = await owner.kpi.recordMeasurement({
        kpiId: kpi.id,
        periodEnd: '2023-12-31',
        value: 31.5,
        group: 'Disabled',
        numerator: 63,
        denominator: 200,
      });
      expect(first.replaced).toBe(false);
      const second = await owner.kpi.recordMeasurement({
        kpiId: kpi.id,
        periodEnd: '2023-12-31',
        value: 33,
        group: 'Disabled',
        numerator: 66,
        denominator: 200,
      });
      expect(second).toMatchObject({ id: first.id, replaced: true, value: 33 });
      const rows = await readKpiValues(bed.db, kpi.id, {
        group: 'Disabled',
        periodEnd: new Date('2023-12-31T00:00:00Z'),
      });
      expect(rows.map((r) => r.value)).toEqual([33]);
      const event = await findAuditEventFor(bed.db, { entityId: first.id, operation: 'replace' });
      expect(JSON.parse(event.before ?? 'null')).toMatchObject({ value: 31.5, numerator: 63 });
      expect(JSON.parse(event.after ?? 'null')).toMatchObject({ value: 33, numerator: 66 });
    });

    it('refuses a numerator above its denominator and a future period end, naming each field', async () => {
      const kpi = await kpiOwnedBy(bed, DEMO.owner);
      const owner = await bed.callerAs(DEMO.owner);
      const counts = await errorOf(
        owner.kpi.recordMeasurement({
          kpiId: kpi.id,
          periodEnd: '2024-03-31',
          value: 1,
          numerator: 5,
          denominator: 4,
        }),
      );
      expect(counts.code).toBe('BAD_REQUEST');
      expect(counts.message).toMatch(/numerator cannot be larger/);
      const future = await errorOf(
        owner.kpi.recordMeasurement({ kpiId: kpi.id, periodEnd: '2099-03-31', value: 1 }),
      );
      expect(future.code).toBe('BAD_REQUEST');
      expect(Object.keys(fieldErrorsOf(future))).toEqual(['periodEnd']);
    });

    it("refuses another owner's KPI (FORBIDDEN), the board (FORBIDDEN), another trust's (NOT_FOUND) and nobody", async () => {
      const theirs = await kpiOwnedBy(bed, DEMO.otherOwner);
      const before = await countMeasurements(bed.db);
      const input = { kpiId: theirs.id, periodEnd: '2024-03-31', value: 5 };
      expect(
        (await errorOf((await bed.callerAs(DEMO.owner)).kpi.recordMeasurement(input))).code,
      ).toBe('FORBIDDEN');
      expect(
        (await errorOf((await bed.callerAs(DEMO.admin)).kpi.recordMeasurement(input))).code,
      ).toBe('FORBIDDEN');
      expect(
        (await errorOf((await bed.callerAs(DEMO.board)).kpi.recordMeasurement(input))).code,
      ).toBe('FORBIDDEN');
      expect((await errorOf((await bed.callerAs(null)).kpi.recordMeasurement(input))).code).toBe(
        'UNAUTHORIZED',
      );
      const foreign = { ...input, kpiId: bed.other.kpiId };
      expect(
        (await errorOf((await bed.callerAs(DEMO.owner)).kpi.recordMeasurement(foreign))).code,
      ).toBe('NOT_FOUND');
      expect(await countMeasurements(bed.db)).toBe(before);
    });
  });
});
