import { describe, expect, it } from 'vitest';
import { currentReportingPeriod, previousReportingPeriod } from './reporting-period.ts';
import { parseIsoDay as day } from './dates.ts';

const q2 = {
  id: 'q2',
  windowOpens: day('2025-09-16'),
  windowCloses: day('2025-10-21'),
  endDate: day('2025-09-30'),
};
const q3 = {
  id: 'q3',
  windowOpens: day('2025-12-17'),
  windowCloses: day('2026-01-21'),
  endDate: day('2025-12-31'),
};
const periods = [q3, q2];

describe('currentReportingPeriod', () => {
  it.each([
    ['none before any window opens', '2025-09-15', null],
    ['the period whose window opened today', '2025-09-16', 'q2'],
    ['stays on Q2 until the Q3 window opens', '2025-12-16', 'q2'],
    ['moves to Q3 the day its window opens', '2025-12-17', 'q3'],
  ])('%s', (_name, asOf, id) => {
    expect(currentReportingPeriod(periods, day(asOf))?.id ?? null).toBe(id);
  });
});

describe('previousReportingPeriod', () => {
  it('is the period before in end-date order, or none for the first', () => {
    expect(previousReportingPeriod(periods, q3)?.id).toBe('q2');
    expect(previousReportingPeriod(periods, q2)).toBeNull();
  });
});
