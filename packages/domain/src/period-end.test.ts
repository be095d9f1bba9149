import { describe, expect, it } from 'vitest';
import {
  futurePeriodEndProblem,
  isPeriodEnd,
  lockedPeriodWarning,
  lockedPeriodsOfRows,
  measurementProblems,
  periodEndProblem,
} from './period-end.ts';
import type { TKpiFrequency } from './periods.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('isPeriodEnd: a period end ends a period of the KPI’s frequency', () => {
  it.each<[string, TKpiFrequency, string, boolean]>([
    ['31 January ends a month', 'monthly', '2026-01-31', true],
    ['28 February ends a month in a common year', 'monthly', '2026-02-28', true],
    ['28 February does not end a month in a leap year', 'monthly', '2028-02-28', false],
    ['29 February ends a month in a leap year', 'monthly', '2028-02-29', true],
    ['30 April ends a month', 'monthly', '2026-04-30', true],
    ['30 January does not end a month', 'monthly', '2026-01-30', false],
    ['1 April does not end a month', 'monthly', '2026-04-01', false],
    ['30 June ends Q1', 'quarterly', '2026-06-30', true],
    ['30 September ends Q2', 'quarterly', '2026-09-30', true],
    ['31 December ends Q3', 'quarterly', '2026-12-31', true],
    ['31 March ends Q4', 'quarterly', '2027-03-31', true],
    ['31 May ends a month but not a quarter', 'quarterly', '2026-05-31', false],
    ['29 June is the day before a quarter end', 'quarterly', '2026-06-29', false],
    ['1 July is the day after a quarter end', 'quarterly', '2026-07-01', false],
    ['15 November is not a quarter end', 'quarterly', '2026-11-15', false],
    ['31 March ends the financial year', 'annual', '2026-03-31', true],
    ['31 December does not end the financial year', 'annual', '2026-12-31', false],
    ['30 March does not end the financial year', 'annual', '2026-03-30', false],
    ['1 April does not end the financial year', 'annual', '2026-04-01', false],
  ])('%s', (_name, frequency, iso, expected) => {
    expect(isPeriodEnd(day(iso), frequency)).toBe(expected);
  });

  it('reads a Date as its London day: 23:00 UTC on 30 June in summer time is 1 July', () => {
    expect(isPeriodEnd(new Date('2026-06-30T23:00:00Z'), 'quarterly')).toBe(false);
    expect(isPeriodEnd(new Date('2026-06-29T23:00:00Z'), 'quarterly')).toBe(true);
  });
});

describe('periodEndProblem: says which days would do', () => {
  it.each<[TKpiFrequency, string, string]>([
    [
      'quarterly',
      '2026-11-15',
      '15 November 2026 is not a quarter end: quarters end on 30 June, 30 September, 31 December and 31 March',
    ],
    [
      'monthly',
      '2028-02-28',
      '28 February 2028 is not a month end: this KPI is monthly, so use the last day of the month, 29 February 2028',
    ],
    [
      'annual',
      '2026-12-31',
      '31 December 2026 is not a year end: this KPI is annual, and NHS financial years end on 31 March',
    ],
  ])('%s %s', (frequency, iso, message) => {
    expect(periodEndProblem(day(iso), frequency)).toBe(message);
  });
});

describe('measurementProblems: one value checked against its KPI', () => {
  const kpi = {
    frequency: 'quarterly' as const,
    range: { low: 0, high: 100, kind: 'a percentage' },
  };
  it('finds nothing wrong with a quarter end and a value in range', () => {
    expect(measurementProblems({ periodEnd: day('2026-09-30'), value: 100 }, kpi)).toEqual([]);
  });
  it('names the period end and the value when both are wrong', () => {
    expect(
      measurementProblems({ periodEnd: day('2026-11-15'), value: 150 }, kpi).map((p) => p.field),
    ).toEqual(['periodEnd', 'value']);
  });
  it('checks only the value of a correction, whose period end is already stored', () => {
    expect(measurementProblems({ value: -1 }, kpi)).toEqual([
      { field: 'value', message: 'The value must be between 0 and 100 for a percentage, not -1' },
    ]);
  });
});

describe('futurePeriodEndProblem: values only for periods up to today, in London', () => {
  // 23:30 UTC on 30 September is already 1 October in London (summer time).
  const lateOnThe30th = new Date('2026-09-30T23:30:00.000Z');
  it.each<[string, string, Date, string | null]>([
    ['today is allowed', '2026-09-30', new Date('2026-09-30T12:00:00Z'), null],
    ['yesterday is allowed', '2026-09-29', new Date('2026-09-30T12:00:00Z'), null],
    [
      'tomorrow is refused',
      '2026-10-01',
      new Date('2026-09-30T12:00:00Z'),
      '1 October 2026 is after today: the period end must be today or earlier',
    ],
    ['London’s date counts, not UTC’s', '2026-10-01', lateOnThe30th, null],
  ])('%s', (_name, iso, now, message) => {
    expect(futurePeriodEndProblem(day(iso), now)).toBe(message);
  });

  it('is the only period-end problem measurementProblems names for a future quarter end', () => {
    const kpi = { frequency: 'quarterly' as const, range: { low: 0, high: 100, kind: 'x' } };
    const now = new Date('2026-08-01T09:00:00Z');
    expect(measurementProblems({ periodEnd: day('2026-09-30'), value: 5 }, kpi, now)).toEqual([
      {
        field: 'periodEnd',
        message: '30 September 2026 is after today: the period end must be today or earlier',
      },
    ]);
  });
});

describe('lockedPeriodsOfRows: the locked quarters an import reaches', () => {
  const q1 = { label: '2026/27 Q1', startDate: day('2026-04-01'), endDate: day('2026-06-30') };
  const q2 = { label: '2026/27 Q2', startDate: day('2026-07-01'), endDate: day('2026-09-30') };
  it('counts the rows of each locked quarter, in the order the file reaches them', () => {
    const rows = [
      { line: 2, periodEnd: day('2026-09-30') },
      { line: 3, periodEnd: day('2026-12-31') },
      { line: 4, periodEnd: day('2026-06-30') },
      { line: 5, periodEnd: day('2026-09-30') },
    ];
    expect(lockedPeriodsOfRows(rows, [q1, q2])).toEqual([
      { label: '2026/27 Q2', rowCount: 2, firstLine: 2 },
      { label: '2026/27 Q1', rowCount: 1, firstLine: 4 },
    ]);
    expect(lockedPeriodsOfRows(rows, [])).toEqual([]);
  });
  it('says what importing into a locked quarter does', () => {
    expect(lockedPeriodWarning('2026/27 Q2')).toBe(
      '2026/27 Q2 is locked: the board’s snapshot will not change; the live figures will.',
    );
  });
});
