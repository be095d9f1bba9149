import {
  addProgressUpdate,
  countBoardSnapshots,
  findLatestAuditEventFor,
  readBoardSnapshot,
  setActionCreatedAt,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf, fieldErrorsOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';
import {
  freshAction,
  freshPeriod,
  freshUser,
  nextQuarterDate,
} from '../../../test/support/admin-fixtures.ts';

describe.each(testProviders())('admin period procedures on %s', (provider) => {
  const { bed, auditCount, admin } = useApiTestBed(provider);

  it('creates a quarter from any date in it, with the default update window', async () => {
    const api = await admin();
    const start = await auditCount();
    const period = await api.admin.period.create({
      dateInQuarter: '2027-11-14',
      boardDate: '2028-02-03',
    });
    expect(period).toMatchObject({
      label: '2027/28 Q3',
      startDate: new Date('2027-10-01T00:00:00.000Z'),
      endDate: new Date('2027-12-31T00:00:00.000Z'),
      windowOpens: new Date('2027-12-17T00:00:00.000Z'),
      windowCloses: new Date('2028-01-21T00:00:00.000Z'),
      boardDate: new Date('2028-02-03T00:00:00.000Z'),
      lockedAt: null,
    });
    expect(await auditCount()).toBe(start + 1);

    const again = await errorOf(api.admin.period.create({ dateInQuarter: '2027-10-01' }));
    expect(again.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(again))).toEqual(['dateInQuarter']);
  });

  it('moves the window and board date, refusing a window that closes before it opens', async () => {
    const api = await admin();
    const period = await freshPeriod(bed);
    const updated = await api.admin.period.update({
      id: period.id,
      windowOpens: '2030-01-01',
      windowCloses: '2030-02-01',
      boardDate: '2030-02-10',
    });
    expect(updated).toMatchObject({
      windowOpens: new Date('2030-01-01T00:00:00.000Z'),
      boardDate: new Date('2030-02-10T00:00:00.000Z'),
    });
    const backwards = await errorOf(
      api.admin.period.update({ id: period.id, windowCloses: '2029-12-01' }),
    );
    expect(backwards.code).toBe('BAD_REQUEST');
    expect(Object.keys(fieldErrorsOf(backwards))).toEqual(['windowCloses']);
  });

  it('locks a period once: the snapshot is frozen with one lock event, and a second lock is a CONFLICT', async () => {
    const api = await admin();
    const period = await freshPeriod(bed);
    const start = await auditCount();
    const locked = await api.admin.period.lock({ periodId: period.id });
    expect(locked.periodId).toBe(period.id);
    const snapshot = await readBoardSnapshot(bed.db, period.id);
    expect(JSON.parse(snapshot.payload)).toMatchObject({ period: { id: period.id, locked: true } });
    expect(await auditCount()).toBe(start + 1);
    const event = await findLatestAuditEventFor(bed.db, { entityId: period.id });
    expect(event).toMatchObject({ entity: 'period', operation: 'lock' });

    const again = await errorOf(api.admin.period.lock({ periodId: period.id }));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(new RegExp(`${period.label} was locked on .*cannot change`));
    const edit = await errorOf(api.admin.period.update({ id: period.id, boardDate: '2031-01-01' }));
    expect(edit.code).toBe('CONFLICT');
    expect(await countBoardSnapshots(bed.db, [period.id])).toBe(1);
    expect(await auditCount()).toBe(start + 1);
  });

  it('lists periods with lock state and a chase list of owners whose live actions have no update', async () => {
    const owner = await freshUser(bed, 'executive_owner');
    const action = await freshAction(bed, owner.email);
    await setActionCreatedAt(bed.db, action.id, new Date('2020-01-01T00:00:00.000Z'));
    const api = await admin();
    const periods = await api.admin.period.list();
    expect(periods.some((p) => p.isLocked)).toBe(true);
    const opened = periods.find((p) => p.windowState !== 'upcoming');
    if (!opened) throw new Error('The demo trust has a period whose window has opened');
    const chased = opened.chaseList.find((c) => c.owner.id === owner.id);
    expect(chased?.actions.map((a) => a.id)).toEqual([action.id]);
    expect(
      periods.filter((p) => p.windowState === 'upcoming').every((p) => p.chaseList.length === 0),
    ).toBe(true);

    await addProgressUpdate(bed.db, {
      organisationId: bed.organisationId,
      actionId: action.id,
      periodId: opened.id,
      authorId: owner.id,
      narrative: 'Started the work.',
      progressPercent: 10,
      status: 'in_progress',
    });
    const after = (await api.admin.period.list()).find((p) => p.id === opened.id);
    expect(after?.chaseList.some((c) => c.owner.id === owner.id)).toBe(false);
  });

  it('answers NOT_FOUND for another trust’s period and FORBIDDEN for other roles, writing nothing', async () => {
    const start = await auditCount();
    expect(
      (await errorOf((await admin()).admin.period.lock({ periodId: bed.other.periodId }))).code,
    ).toBe('NOT_FOUND');
    const period = await freshPeriod(bed);
    for (const email of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
      const caller = await bed.callerAs(email);
      expect((await errorOf(caller.admin.period.lock({ periodId: period.id }))).code).toBe(
        'FORBIDDEN',
      );
      expect((await errorOf(caller.admin.period.list())).code).toBe('FORBIDDEN');
      expect(
        (await errorOf(caller.admin.period.create({ dateInQuarter: await nextQuarterDate(bed) })))
          .code,
      ).toBe('FORBIDDEN');
    }
    expect(await countBoardSnapshots(bed.db, [period.id, bed.other.periodId])).toBe(0);
    expect(await auditCount()).toBe(start);
  });
});
