import { findMeasurement } from '@belonging/db';
import {
  addMeasurement,
  countMeasurements,
  findAuditEventsFor,
  findLatestLockedPeriod,
  findMeasurementsById,
  readBoardSnapshot,
  readMeasurement,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf, fieldErrorsOf } from '../../test/support/call.ts';
import { kpiByCode, kpiOwnedBy } from '../../test/support/fixtures.ts';
import { DEMO } from '../../test/support/index.ts';
import { useApiTestBed } from '../../test/support/use-api-test-bed.ts';
import { freshValue } from '../../test/support/value-fixtures.ts';

/** The field a refusal names: from the API's own check, or from the input schema. */
function fieldsOf(error: Awaited<ReturnType<typeof errorOf>>): string[] {
  const api = Object.keys(fieldErrorsOf(error));
  if (api.length) return api;
  const zod = error.cause as { issues?: { path: PropertyKey[] }[] } | undefined;
  return (zod?.issues ?? []).map((i) => i.path.join('.'));
}

describe.each(testProviders())('KPI values: record, correct, delete on %s', (provider) => {
  const { bed } = useApiTestBed(provider);
  const owner = () => bed.callerAs(DEMO.owner);

  describe('recordMeasurement refuses values and period ends the rules refuse', () => {
    it.each([
      ['a value of 1e308', { value: 1e308 }, 'value', /between -1,000,000,000 and 1,000,000,000/],
      ['-999999 on a percentage', { value: -999_999 }, 'value', /between 0 and 100/],
      ['150 on a percentage', { value: 150 }, 'value', /between 0 and 100 for a percentage/],
      [
        '15 November on a quarterly KPI',
        { periodEnd: '2024-11-15' },
        'periodEnd',
        /15 November 2024 is not a quarter end: quarters end on 30 June, 30 September, 31 December and 31 March/,
      ],
    ])(
      'refuses %s, naming the field, with no 500 and nothing written',
      async (_n, change, field, message) => {
        const kpi = await kpiOwnedBy(bed, DEMO.owner);
        const before = await countMeasurements(bed.db);
        const error = await errorOf(
          (await owner()).kpi.recordMeasurement({
            kpiId: kpi.id,
            periodEnd: '2024-09-30',
            value: 40,
            ...change,
          }),
        );
        expect(error.code).toBe('BAD_REQUEST');
        expect(fieldsOf(error)).toEqual([field]);
        expect(error.message).toMatch(message);
        expect(await countMeasurements(bed.db)).toBe(before);
      },
    );

    it('takes a value on a quarter end inside the range', async () => {
      const kpi = await kpiOwnedBy(bed, DEMO.owner);
      const saved = await (
        await owner()
      ).kpi.recordMeasurement({
        kpiId: kpi.id,
        periodEnd: '2000-06-30',
        value: 100,
      });
      expect(saved).toMatchObject({ value: 100, replaced: false });
    });
  });

  describe('correctMeasurement', () => {
    it('puts the value right and keeps the old value, the new one and the reason in one audit event', async () => {
      const value = await freshValue(bed, DEMO.owner, 40);
      const events = () => findAuditEventsFor(bed.db, { entityId: value.id });
      const saved = await (
        await owner()
      ).kpi.correctMeasurement({
        id: value.id,
        value: 41.5,
        reason: 'Typed 40 from the draft report',
      });
      expect(saved).toMatchObject({ id: value.id, value: 41.5, lockedPeriod: null });
      const [event, ...more] = await events();
      expect(more).toEqual([]);
      expect(event).toMatchObject({ entity: 'measurement', operation: 'correct' });
      expect(JSON.parse(event?.before ?? 'null')).toMatchObject({ value: 40 });
      expect(JSON.parse(event?.after ?? 'null')).toMatchObject({
        value: 41.5,
        reason: 'Typed 40 from the draft report',
      });
    });

    it.each([
      ['150 on a percentage', { value: 150, reason: 'Checked' }, 'value'],
      ['1e308', { value: 1e308, reason: 'Checked' }, 'value'],
      ['no reason', { value: 41, reason: '  ' }, 'reason'],
    ])('refuses %s, naming the field', async (_n, change, field) => {
      const value = await freshValue(bed, DEMO.owner);
      const error = await errorOf(
        (await owner()).kpi.correctMeasurement({ id: value.id, ...change }),
      );
      expect(error.code).toBe('BAD_REQUEST');
      expect(fieldsOf(error)).toEqual([field]);
      const stored = await readMeasurement(bed.db, value.id);
      expect(stored.value).toBe(40);
    });

    it('lets the EDI team correct any KPI of the trust', async () => {
      const value = await freshValue(bed, DEMO.otherOwner);
      const admin = await bed.callerAs(DEMO.admin);
      const saved = await admin.kpi.correctMeasurement({
        id: value.id,
        value: 12,
        reason: 'Audit',
      });
      expect(saved.value).toBe(12);
    });
  });

  describe('deleteMeasurement', () => {
    it('removes the value; the one audit event keeps it whole with the reason', async () => {
      const value = await freshValue(bed, DEMO.owner, 37);
      await (
        await bed.callerAs(DEMO.admin)
      ).kpi.deleteMeasurement({
        id: value.id,
        reason: 'Recorded against the wrong KPI',
      });
      expect(await countMeasurements(bed.db, { id: value.id })).toBe(0);
      const events = await findAuditEventsFor(bed.db, { entityId: value.id });
      expect(events.map((e) => e.operation)).toEqual(['delete']);
      expect(JSON.parse(events[0]?.before ?? 'null')).toMatchObject({ value: 37, group: '' });
      expect(JSON.parse(events[0]?.after ?? 'null')).toEqual({
        reason: 'Recorded against the wrong KPI',
      });
    });

    it('asks for the reason', async () => {
      const value = await freshValue(bed, DEMO.owner);
      const error = await errorOf(
        (await owner()).kpi.deleteMeasurement({ id: value.id, reason: '' }),
      );
      expect(fieldsOf(error)).toEqual(['reason']);
      expect(await countMeasurements(bed.db, { id: value.id })).toBe(1);
    });
  });

  it("refuses the owner of another KPI (FORBIDDEN), the board (FORBIDDEN) and another trust's value (NOT_FOUND)", async () => {
    const value = await freshValue(bed, DEMO.otherOwner);
    const correct = { id: value.id, value: 1, reason: 'Mine now' };
    const remove = { id: value.id, reason: 'Not needed' };
    for (const who of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
      const caller = await bed.callerAs(who);
      expect((await errorOf(caller.kpi.correctMeasurement(correct))).code).toBe('FORBIDDEN');
      expect((await errorOf(caller.kpi.deleteMeasurement(remove))).code).toBe('FORBIDDEN');
    }
    const foreign = await addMeasurement(bed.db, {
      organisationId: bed.other.organisationId,
      kpiId: bed.other.kpiId,
      periodEnd: new Date('2024-03-31T00:00:00Z'),
      value: 5,
      enteredById: await bed.userId(DEMO.owner),
    });
    const admin = await bed.callerAs(DEMO.admin);
    expect((await errorOf(admin.kpi.correctMeasurement({ ...correct, id: foreign.id }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await errorOf(admin.kpi.deleteMeasurement({ ...remove, id: foreign.id }))).code).toBe(
      'NOT_FOUND',
    );
    const stored = await findMeasurementsById(bed.db, [value.id, foreign.id]);
    expect(stored.map((m) => m.value).sort()).toEqual([40, 5].sort());
  });

  it('a value inside a locked period changes the live figures, never the board’s locked snapshot', async () => {
    const period = await findLatestLockedPeriod(bed.db, bed.organisationId);
    const kpi = await kpiByCode(bed, 'EDI-2d');
    const key = { kpiId: kpi.id, periodEnd: period.endDate, group: '' };
    const value =
      (await findMeasurement(bed.db, key)) ??
      (await addMeasurement(bed.db, {
        ...key,
        organisationId: bed.organisationId,
        value: 20,
        enteredById: await bed.userId(DEMO.owner),
      }));
    const snapshot = () => readBoardSnapshot(bed.db, period.id);
    const frozen = (await snapshot()).payload;
    const board = await bed.callerAs(DEMO.board);
    const reportBefore = await board.report.board({ periodId: period.id });

    const page = await (await owner()).kpi.byId({ id: kpi.id });
    expect(page.series.find((m) => m.id === value.id)?.lockedPeriod).toBe(period.label);
    const corrected = await (
      await owner()
    ).kpi.correctMeasurement({
      id: value.id,
      value: value.value + 7,
      reason: 'The quarter’s figure was revised by the workforce team',
    });
    expect(corrected.lockedPeriod).toBe(period.label);
    const deleted = await (
      await owner()
    ).kpi.deleteMeasurement({
      id: value.id,
      reason: 'The figure was withdrawn',
    });
    expect(deleted.lockedPeriod).toBe(period.label);

    expect((await snapshot()).payload).toBe(frozen);
    expect(await board.report.board({ periodId: period.id })).toEqual(reportBefore);
    const live = await (await owner()).kpi.byId({ id: kpi.id });
    expect(live.series.map((m) => m.id)).not.toContain(value.id);
  });
});
