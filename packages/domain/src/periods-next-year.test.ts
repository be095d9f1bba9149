import { describe, expect, it } from 'vitest';
import { carryForward } from './periods-carry-forward.ts';
import { planNextYear, type TPeriodDates } from './periods-next-year.ts';
import { closeWindowNow, openWindowNow } from './periods-window-now.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
const period = (
  end: string,
  opens: string,
  closes: string,
  board: string | null,
): TPeriodDates => ({
  endDate: d(end),
  windowOpens: d(opens),
  windowCloses: d(closes),
  boardDate: board ? d(board) : null,
});
const strategy = { startYear: '2023/24', endYear: '2027/28' };
const today = d('2026-12-03');

// 2025/26 with its own habit: windows open 7 days before the quarter ends and close 28 days
// after, and the board meets 42 days after the quarter ends (Q4 later, 56 days, for year end).
const year2025 = [
  period('2025-06-30', '2025-06-23', '2025-07-28', '2025-08-11'),
  period('2025-09-30', '2025-09-23', '2025-10-28', '2025-11-11'),
  period('2025-12-31', '2025-12-24', '2026-01-28', '2026-02-11'),
  period('2026-03-31', '2026-03-24', '2026-04-28', '2026-05-26'),
];

describe('planNextYear', () => {
  it('plans the four quarters after the latest year with its window pattern, day for day from each quarter end', () => {
    const plan = planNextYear({ periods: year2025, takenLabels: [], strategy, today });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.year).toBe('2026/27');
    expect(plan.basedOn).toBe('2025/26');
    expect(
      plan.quarters.map((q) => [
        q.label,
        iso(q.startDate),
        iso(q.endDate),
        iso(q.windowOpens),
        iso(q.windowCloses),
        iso(q.boardDate),
      ]),
    ).toEqual([
      ['2026/27 Q1', '2026-04-01', '2026-06-30', '2026-06-23', '2026-07-28', '2026-08-11'],
      ['2026/27 Q2', '2026-07-01', '2026-09-30', '2026-09-23', '2026-10-28', '2026-11-11'],
      ['2026/27 Q3', '2026-10-01', '2026-12-31', '2026-12-24', '2027-01-28', '2027-02-11'],
      ['2026/27 Q4', '2027-01-01', '2027-03-31', '2027-03-24', '2027-04-28', '2027-05-26'],
    ]);
    expect(plan.warnings).toEqual([]);
    expect(plan.key).toContain('2026/27 Q4|2027-03-24|2027-04-28|2027-05-26');
  });

  it('fills a quarter the latest year lacks from its nearest earlier quarter, and says the year has a gap', () => {
    const plan = planNextYear({ periods: year2025.slice(0, 3), takenLabels: [], strategy, today });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.year).toBe('2026/27');
    const q4 = plan.quarters[3];
    expect([q4?.label, iso(q4?.windowOpens ?? null), iso(q4?.boardDate ?? null)]).toEqual([
      '2026/27 Q4',
      '2027-03-24',
      '2027-05-12',
    ]);
    expect(q4?.patternFrom).toBe('2025/26 Q3');
    expect(plan.warnings).toEqual([
      '2025/26 has no Q4 yet: the plan copies its other quarters’ windows. Open it with “Open a reporting period” so the year has no gap.',
    ]);
  });

  it('keeps a missing board date missing, and uses the NHS default window with no periods at all', () => {
    const plan = planNextYear({ periods: [], takenLabels: [], strategy, today });
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.year).toBe('2026/27');
    expect(plan.basedOn).toBeNull();
    expect(
      plan.quarters.map((q) => [iso(q.windowOpens), iso(q.windowCloses), q.boardDate]),
    ).toEqual([
      ['2026-06-16', '2026-07-21', null],
      ['2026-09-16', '2026-10-21', null],
      ['2026-12-17', '2027-01-21', null],
      ['2027-03-17', '2027-04-21', null],
    ]);
  });

  it('refuses a year whose quarters exist already, naming them', () => {
    const plan = planNextYear({
      periods: year2025,
      takenLabels: ['2025/26 Q4', '2026/27 Q1'],
      strategy,
      today,
    });
    expect(plan).toMatchObject({
      ok: false,
      reason: 'exists',
      message: 'The 2026/27 quarters already exist (2026/27 Q1): there is nothing to start.',
    });
  });

  it('refuses a year that starts after the strategy ends, and warns when the last year’s windows outlast it', () => {
    const last = planNextYear({
      periods: year2025,
      takenLabels: [],
      strategy: { startYear: '2023/24', endYear: '2026/27' },
      today,
    });
    if (!last.ok) throw new Error(last.message);
    expect(last.warnings).toEqual([
      '2026/27 Q4: its update window closes on 28 April 2027 and its board meets on 26 May 2027, after the strategy ends on 31 March 2027.',
    ]);
    const after = planNextYear({
      periods: year2025,
      takenLabels: [],
      strategy: { startYear: '2023/24', endYear: '2025/26' },
      today,
    });
    expect(after).toMatchObject({ ok: false, reason: 'after_strategy', year: '2026/27' });
    if (!after.ok) expect(after.message).toMatch(/^2026\/27 starts after the strategy ends/);
  });
});

describe('carryForward', () => {
  const year = { start: d('2027-04-01'), end: d('2028-03-31') };
  const action = (code: string, status: 'in_progress' | 'complete' | 'cancelled', due: string) => ({
    code,
    title: `Action ${code}`,
    ownerName: 'Ama Owusu',
    dueDate: d(due),
    status,
  });

  it('continues live actions, open milestones due in the year, and trajectory points in the year', () => {
    const carried = carryForward(year, today, {
      actions: [
        action('1.1.2', 'in_progress', '2028-03-31'),
        action('1.1.1', 'in_progress', '2026-09-30'),
        action('1.1.3', 'complete', '2026-03-31'),
        action('1.1.4', 'cancelled', '2028-03-31'),
      ],
      milestones: [
        {
          title: 'Due in year',
          actionCode: '1.1.2',
          actionTitle: 'A',
          dueDate: d('2027-06-30'),
          completedAt: null,
        },
        {
          title: 'Done early',
          actionCode: '1.1.2',
          actionTitle: 'A',
          dueDate: d('2027-07-31'),
          completedAt: d('2026-11-01'),
        },
        {
          title: 'Due before',
          actionCode: '1.1.2',
          actionTitle: 'A',
          dueDate: d('2027-03-31'),
          completedAt: null,
        },
      ],
      kpis: [
        {
          code: 'WRES-1',
          title: 'Senior BME staff',
          direction: 'increase',
          targetValue: 35,
          targetDate: d('2029-03-31'),
          trajectory: [
            { date: d('2027-03-31'), value: 33 },
            { date: d('2028-03-31'), value: 34 },
            { date: d('2027-09-30'), value: 33.5 },
          ],
        },
        {
          code: 'NO-AIM',
          title: 'No aim',
          direction: 'decrease',
          targetValue: 5,
          targetDate: d('2027-03-31'),
          trajectory: [],
        },
        {
          code: 'BAND',
          title: 'Band',
          direction: 'band',
          targetValue: null,
          targetDate: null,
          trajectory: [],
        },
        {
          code: 'TARGET',
          title: 'Target in year',
          direction: 'increase',
          targetValue: 9,
          targetDate: d('2028-03-31'),
          trajectory: [],
        },
      ],
    });
    expect(carried.actions.map((a) => a.code)).toEqual(['1.1.1', '1.1.2']);
    expect(carried.pastDueActions.map((a) => a.code)).toEqual(['1.1.1']);
    expect(carried.milestones.map((m) => m.title)).toEqual(['Due in year']);
    expect(carried.kpis.find((k) => k.code === 'WRES-1')?.points).toEqual([
      { date: d('2027-09-30'), value: 33.5 },
      { date: d('2028-03-31'), value: 34 },
    ]);
    expect(carried.kpisWithoutAim.map((k) => k.code)).toEqual(['NO-AIM']);
  });
});

describe('opening and closing a window now', () => {
  const base = {
    label: '2026/27 Q2',
    endDate: d('2026-09-30'),
    windowOpens: d('2026-09-16'),
    windowCloses: d('2026-10-21'),
    lockedAt: null,
  };

  it('opens a closed window today, keeping a close two weeks on when its own has passed', () => {
    expect(openWindowNow(base, today)).toEqual({
      windowOpens: today,
      windowCloses: d('2026-12-17'),
    });
    const upcoming = { ...base, windowOpens: d('2026-12-17'), windowCloses: d('2027-01-21') };
    expect(openWindowNow(upcoming, today)).toEqual({
      windowOpens: today,
      windowCloses: d('2027-01-21'),
    });
  });

  it('closes an open window with yesterday as its last day', () => {
    const open = { ...base, windowOpens: d('2026-11-20'), windowCloses: d('2027-01-21') };
    expect(closeWindowNow(open, today)).toEqual({
      windowOpens: d('2026-11-20'),
      windowCloses: d('2026-12-02'),
    });
  });

  it.each([
    [
      'opening a window already open',
      () => openWindowNow({ ...base, windowCloses: d('2027-01-01') }, today),
      /already open/,
    ],
    ['closing a window already closed', () => closeWindowNow(base, today), /already closed/],
    [
      'closing a window not yet open',
      () =>
        closeWindowNow(
          { ...base, windowOpens: d('2026-12-10'), windowCloses: d('2027-01-01') },
          today,
        ),
      /has not opened yet/,
    ],
    [
      'closing a window that opened today',
      () => closeWindowNow({ ...base, windowOpens: today, windowCloses: d('2027-01-01') }, today),
      /opened today/,
    ],
    [
      'moving a locked period’s window',
      () => openWindowNow({ ...base, lockedAt: d('2026-11-01') }, today),
      /is locked/,
    ],
  ])('refuses %s', (_name, act, message) => {
    expect(act).toThrow(message);
  });
});
