import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  financialQuarter,
  financialYear,
  lastPeriodEndOnOrBefore,
  updateWindow,
} from './periods.ts';
import { DAY_MS, londonDay, parseIsoDay, toIsoDay } from './dates.ts';

const day = parseIsoDay;
const iso = (d: Date) => toIsoDay(d);

describe('financialYear', () => {
  it.each([
    ['1 April is the first day of the year', '2025-04-01', '2025/26'],
    ['31 March is the last day of the year before', '2025-03-31', '2024/25'],
    ['a January date belongs to the year that began the April before', '2026-01-15', '2025/26'],
    ['the century turns in the label', '2099-06-01', '2099/00'],
  ])('%s', (_name, date, label) => {
    const fy = financialYear(day(date));
    expect(fy.label).toBe(label);
    const startYear = Number(label.slice(0, 4));
    expect(iso(fy.start)).toBe(`${startYear}-04-01`);
    expect(iso(fy.end)).toBe(`${startYear + 1}-03-31`);
  });

  it('uses the London day: 23:30 UTC on 31 March in summer time is already 1 April', () => {
    expect(financialYear(new Date('2026-03-31T23:30:00Z')).label).toBe('2026/27');
  });
});

describe('financialQuarter', () => {
  it.each([
    ['Q1 first day', '2025-04-01', '2025/26 Q1', '2025-04-01', '2025-06-30'],
    ['Q1 last day', '2025-06-30', '2025/26 Q1', '2025-04-01', '2025-06-30'],
    ['Q2 first day', '2025-07-01', '2025/26 Q2', '2025-07-01', '2025-09-30'],
    ['Q2 last day', '2025-09-30', '2025/26 Q2', '2025-07-01', '2025-09-30'],
    ['Q3 first day', '2025-10-01', '2025/26 Q3', '2025-10-01', '2025-12-31'],
    ['Q3 last day', '2025-12-31', '2025/26 Q3', '2025-10-01', '2025-12-31'],
    ['Q4 first day', '2026-01-01', '2025/26 Q4', '2026-01-01', '2026-03-31'],
    ['Q4 last day', '2026-03-31', '2025/26 Q4', '2026-01-01', '2026-03-31'],
  ])('%s', (_name, date, label, start, end) => {
    const q = financialQuarter(day(date));
    expect(q.label).toBe(label);
    expect(q.fy).toBe(label.slice(0, 7));
    expect(q.quarter).toBe(Number(label.slice(-1)));
    expect([iso(q.start), iso(q.end)]).toEqual([start, end]);
  });

  it('property: the quarter of any instant contains its London day and lies within its financial year', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 11, 31) }), (t) => {
        const date = new Date(t);
        const q = financialQuarter(date);
        const fy = financialYear(date);
        const today = londonDay(date).getTime();
        expect(q.start.getTime()).toBeLessThanOrEqual(today);
        expect(today).toBeLessThanOrEqual(q.end.getTime());
        expect(q.fy).toBe(fy.label);
        expect(q.start.getTime()).toBeGreaterThanOrEqual(fy.start.getTime());
        expect(q.end.getTime()).toBeLessThanOrEqual(fy.end.getTime());
      }),
      { numRuns: 1000 },
    );
  });
});

describe('updateWindow', () => {
  it('opens 14 days before the quarter ends and closes 21 days after by default', () => {
    const w = updateWindow(day('2025-12-31'));
    expect([iso(w.opens), iso(w.closes)]).toEqual(['2025-12-17', '2026-01-21']);
  });

  it('takes other opening and closing offsets', () => {
    const w = updateWindow(day('2026-03-31'), { opensDaysBefore: 0, closesDaysAfter: 30 });
    expect([iso(w.opens), iso(w.closes)]).toEqual(['2026-03-31', '2026-04-30']);
  });

  it.each([-1, 1.5, Number.NaN])('refuses %s days', (n) => {
    expect(() => updateWindow(day('2026-03-31'), { opensDaysBefore: n })).toThrow(
      'must be a whole number of days',
    );
  });
});

describe('lastPeriodEndOnOrBefore', () => {
  const dayNo = (s: string) => day(s).getTime() / DAY_MS;
  it.each([
    ['monthly: a month end is its own latest period end', '2025-06-30', 'monthly', '2025-06-30'],
    [
      'monthly: the day before a month end falls back to the previous month',
      '2025-06-29',
      'monthly',
      '2025-05-31',
    ],
    [
      'quarterly: a quarter end is its own latest period end',
      '2025-06-30',
      'quarterly',
      '2025-06-30',
    ],
    [
      'quarterly: the day before falls back to the previous quarter',
      '2025-06-29',
      'quarterly',
      '2025-03-31',
    ],
    ['quarterly: early January falls back to 31 December', '2026-01-05', 'quarterly', '2025-12-31'],
    ['annual: 31 March is its own year end', '2025-03-31', 'annual', '2025-03-31'],
    ['annual: 30 March falls back to the year before', '2025-03-30', 'annual', '2024-03-31'],
    ['annual: December looks back to the March of that year', '2025-12-01', 'annual', '2025-03-31'],
  ] as const)('%s', (_name, date, frequency, expected) => {
    expect(lastPeriodEndOnOrBefore(dayNo(date), frequency)).toBe(dayNo(expected));
  });
});
