import {
  countActions,
  countPeriods,
  findLatestLockedPeriod,
  findPeriodByLabel,
  testProviders,
} from '@belonging/db/testing';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../../test/support/call.ts';
import { DEMO } from '../../../test/support/index.ts';
import { useApiTestBed } from '../../../test/support/use-api-test-bed.ts';

// The demo trust as of 20 November 2026 (a day in the past, so sessions made now stay fresh): quarters 2023/24 Q1 to 2026/27 Q3, each window opening
// 14 days before its quarter ends and closing 21 days after, the board 14 days after that.
const TODAY = new Date('2026-11-20T12:00:00.000Z');
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe.each(testProviders())('starting the next year and moving windows on %s', (provider) => {
  const { bed, auditCount, lastEvent } = useApiTestBed(provider, TODAY);
  const adminOn = (now: Date) => bed.callerAs(DEMO.admin, { now: () => now });
  const periodCount = () => countPeriods(bed.db, bed.organisationId);

  it('previews 2027/28 with the demo’s window pattern and what carries forward, writing nothing', async () => {
    const api = await adminOn(TODAY);
    const [audits, periods] = [await auditCount(), await periodCount()];
    const preview = await api.admin.period.nextYearPreview();
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.year).toBe('2027/28');
    expect(preview.basedOn).toBe('2026/27');
    expect(
      preview.quarters.map((q) => [q.label, q.windowOpens, q.windowCloses, q.boardDate]),
    ).toEqual([
      ['2027/28 Q1', day('2027-06-16'), day('2027-07-21'), day('2027-08-04')],
      ['2027/28 Q2', day('2027-09-16'), day('2027-10-21'), day('2027-11-04')],
      ['2027/28 Q3', day('2027-12-17'), day('2028-01-21'), day('2028-02-04')],
      ['2027/28 Q4', day('2028-03-17'), day('2028-04-21'), day('2028-05-05')],
    ]);
    expect(preview.warnings).toEqual([
      '2026/27 has no Q4 yet: the plan copies its other quarters’ windows. Open it with “Open a reporting period” so the year has no gap.',
      '2027/28 Q4: its update window closes on 21 April 2028 and its board meets on 5 May 2028, after the strategy ends on 31 March 2028.',
    ]);
    const live = await countActions(bed.db, {
      organisationId: bed.organisationId,
      isLive: true,
      statuses: ['not_started', 'in_progress'],
    });
    expect(preview.carried?.actions).toHaveLength(live);
    expect(preview.carried?.pastDueActions.every((a) => a.dueDate < day('2026-11-20'))).toBe(true);
    expect(
      preview.carried?.milestones.every(
        (m) => m.dueDate >= day('2027-04-01') && m.dueDate <= day('2028-03-31'),
      ),
    ).toBe(true);
    expect(preview.carried?.kpis.map((k) => k.code)).toContain('WRES-1');
    expect([await auditCount(), await periodCount()]).toEqual([audits, periods]);
  });

  it('refuses a stale preview, then creates the four quarters with one start_year event, once', async () => {
    const api = await adminOn(TODAY);
    const preview = await api.admin.period.nextYearPreview();
    if (!preview.ok) throw new Error(preview.message);
    const [audits, periods] = [await auditCount(), await periodCount()];

    const stale = await errorOf(
      api.admin.period.startNextYear({ year: preview.year, planKey: `${preview.key}x` }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.message).toMatch(/The plan has changed since you looked at it/);
    const wrongYear = await errorOf(
      api.admin.period.startNextYear({ year: '2028/29', planKey: preview.key }),
    );
    expect(wrongYear.code).toBe('CONFLICT');
    expect([await auditCount(), await periodCount()]).toEqual([audits, periods]);

    const created = await api.admin.period.startNextYear({
      year: preview.year,
      planKey: preview.key,
    });
    expect(created.periods.map((p) => p.label)).toEqual([
      '2027/28 Q1',
      '2027/28 Q2',
      '2027/28 Q3',
      '2027/28 Q4',
    ]);
    expect([await auditCount(), await periodCount()]).toEqual([audits + 1, periods + 4]);
    const first = created.periods[0];
    expect(await lastEvent(first?.id ?? '')).toMatchObject({
      entity: 'period',
      operation: 'start_year',
    });
    const listed = await api.admin.period.list();
    expect(listed.slice(0, 4).map((p) => [p.label, p.windowState])).toEqual([
      ['2027/28 Q4', 'upcoming'],
      ['2027/28 Q3', 'upcoming'],
      ['2027/28 Q2', 'upcoming'],
      ['2027/28 Q1', 'upcoming'],
    ]);

    // 2028/29 starts after the strategy's last year, 2027/28.
    const after = await api.admin.period.nextYearPreview();
    expect(after).toMatchObject({ ok: false, reason: 'after_strategy', year: '2028/29' });
    const again = await errorOf(
      api.admin.period.startNextYear({ year: preview.year, planKey: preview.key }),
    );
    expect(again.code).toBe('CONFLICT');
    expect(await periodCount()).toBe(periods + 4);
  });

  it('opens a closed window today and closes it the next day, one event each, never for a locked period', async () => {
    const q4 = await findPeriodByLabel(bed.db, bed.organisationId, '2025/26 Q4');
    const start = await auditCount();
    const opened = await (await adminOn(TODAY)).admin.period.openWindow({ id: q4.id });
    // Its own close (21 April 2026) has passed, so the window stays open for two weeks.
    expect([opened.windowOpens, opened.windowCloses]).toEqual([
      day('2026-11-20'),
      day('2026-12-04'),
    ]);
    expect(await lastEvent(q4.id)).toMatchObject({ operation: 'open_window' });
    const again = await errorOf((await adminOn(TODAY)).admin.period.openWindow({ id: q4.id }));
    expect(again.message).toMatch(/already open/);

    const nextDay = await adminOn(new Date('2026-11-21T09:00:00.000Z'));
    const closed = await nextDay.admin.period.closeWindow({ id: q4.id });
    // The close date is the last day of the window: closing on 21 November makes it the 20th.
    expect(closed.windowCloses).toEqual(day('2026-11-20'));
    expect(await lastEvent(q4.id)).toMatchObject({ operation: 'close_window' });
    expect((await nextDay.admin.period.list()).find((p) => p.id === q4.id)?.windowState).toBe(
      'closed',
    );
    expect(await auditCount()).toBe(start + 2);

    const locked = await findLatestLockedPeriod(bed.db, bed.organisationId);
    expect((await errorOf(nextDay.admin.period.openWindow({ id: locked.id }))).code).toBe(
      'CONFLICT',
    );
    expect(await auditCount()).toBe(start + 2);
  });

  it('refuses everyone but the EDI team', async () => {
    const start = await auditCount();
    const q3 = await findPeriodByLabel(bed.db, bed.organisationId, '2026/27 Q3');
    for (const email of [DEMO.owner, DEMO.board, DEMO.networkRep]) {
      const caller = await bed.callerAs(email, { now: () => TODAY });
      expect((await errorOf(caller.admin.period.nextYearPreview())).code).toBe('FORBIDDEN');
      expect(
        (await errorOf(caller.admin.period.startNextYear({ year: '2027/28', planKey: '' }))).code,
      ).toBe('FORBIDDEN');
      expect((await errorOf(caller.admin.period.openWindow({ id: q3.id }))).code).toBe('FORBIDDEN');
      expect((await errorOf(caller.admin.period.closeWindow({ id: q3.id }))).code).toBe(
        'FORBIDDEN',
      );
    }
    expect(await auditCount()).toBe(start);
  });
});
