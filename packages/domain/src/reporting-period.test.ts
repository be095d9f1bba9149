import { describe, expect, it } from 'vitest';
import {
  currentReportingPeriod,
  periodOptionLabel,
  periodStandings,
  previousReportingPeriod,
  updatePeriod,
} from './reporting-period.ts';
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

describe('updatePeriod', () => {
  const q4 = {
    id: 'q4',
    windowOpens: day('2026-03-17'),
    windowCloses: day('2026-04-21'),
    endDate: day('2026-03-31'),
  };
  const open = [q2, q3, q4].map((p) => ({ ...p, isLocked: false }));
  const q2Locked = open.map((p) => ({ ...p, isLocked: p.id === 'q2' }));
  const q2q3Locked = open.map((p) => ({ ...p, isLocked: p.id !== 'q4' }));

  it.each([
    ['none before any window opens', open, '2025-09-15', null],
    ['the current period while its snapshot is open', open, '2025-11-01', 'q2'],
    ['the next period once the current one is locked', q2Locked, '2025-11-01', 'q3'],
    ['skips a later period that is locked too', q2q3Locked, '2025-11-01', 'q4'],
    ['none when no period follows the locked one', q2Locked.slice(0, 1), '2025-11-01', null],
  ])('%s', (_name, list, asOf, id) => {
    expect(updatePeriod(list, day(asOf))?.id ?? null).toBe(id);
  });
});

describe('periodStandings: what each period is, for the period picker and the report heading', () => {
  const q1 = {
    id: 'q1',
    windowOpens: day('2025-06-16'),
    windowCloses: day('2025-07-21'),
    endDate: day('2025-06-30'),
  };
  const q4 = {
    id: 'q4',
    windowOpens: day('2026-03-18'),
    windowCloses: day('2026-04-21'),
    endDate: day('2026-03-31'),
  };
  const withLocks = (locked: string[]) =>
    [q1, q2, q3, q4].map((p) => ({ ...p, isLocked: locked.includes(p.id) }));
  const standings = (locked: string[], asOf: string) =>
    Object.fromEntries(periodStandings(withLocks(locked), day(asOf)));

  it.each([
    [
      'only the current period is live; earlier unlocked ones are past, not live',
      [],
      '2025-12-20',
      { q1: 'past', q2: 'past', q3: 'live', q4: 'upcoming' },
    ],
    [
      'a locked period is a snapshot whatever its place',
      ['q2'],
      '2025-12-20',
      { q1: 'past', q2: 'locked', q3: 'live', q4: 'upcoming' },
    ],
    [
      'once the current period is locked, the next one set up is live',
      ['q2'],
      '2025-11-01',
      { q1: 'past', q2: 'locked', q3: 'live', q4: 'upcoming' },
    ],
    [
      'with every period locked up to the last, none is live',
      ['q1', 'q2', 'q3', 'q4'],
      '2026-05-01',
      { q1: 'locked', q2: 'locked', q3: 'locked', q4: 'locked' },
    ],
    [
      'before any window opens, every period is upcoming',
      [],
      '2025-01-01',
      { q1: 'upcoming', q2: 'upcoming', q3: 'upcoming', q4: 'upcoming' },
    ],
  ])('%s', (_name, locked, asOf, expected) => {
    expect(standings(locked, asOf)).toEqual(expected);
  });

  it.each([
    ['locked', '2025/26 Q2 (locked snapshot)'],
    ['live', '2025/26 Q2 (live)'],
    ['past', '2025/26 Q2 (past, not locked)'],
    ['upcoming', '2025/26 Q2 (not yet open)'],
  ] as const)('names a %s period "%s"', (standing, words) => {
    expect(periodOptionLabel('2025/26 Q2', standing)).toBe(words);
  });
});
