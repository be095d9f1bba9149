import { describe, expect, it } from 'vitest';
import type { TBoardReport } from './types.ts';
import { STANDING_TITLES, reportStanding, standingSentence } from './standing.ts';

function report(over: {
  asOf: string;
  generatedAt: string;
  startDate?: string;
  lockedAt?: string;
}): TBoardReport {
  return {
    asOf: over.asOf,
    generatedAt: over.generatedAt,
    period: {
      id: 'p',
      label: '2025/26 Q3',
      startDate: over.startDate ?? '2025-10-01',
      endDate: '2025-12-31',
      boardDate: null,
      locked: over.lockedAt !== undefined,
      lockedAt: over.lockedAt ?? null,
    },
  } as TBoardReport;
}

const format = { day: (d: string) => `day ${d}`, instant: (i: string) => `at ${i}` };

describe('reportStanding', () => {
  it('is locked once frozen, whatever the dates', () => {
    const r = report({ asOf: '2026-01-15', generatedAt: '2026-03-01T09:00:00Z', lockedAt: 'x' });
    expect(reportStanding(r)).toBe('locked');
    expect(standingSentence(r, 'locked', format)).toBe(
      'Frozen on at x: exactly what the board saw. Later changes do not alter it.',
    );
  });

  it('is live when assessed on the day it was made (London time)', () => {
    // 23:30 UTC on 15 January is still 15 January in London (winter).
    const r = report({ asOf: '2026-01-15', generatedAt: '2026-01-15T23:30:00Z' });
    expect(reportStanding(r)).toBe('live');
    expect(STANDING_TITLES.live).toBe('Live position');
  });

  it('is a past period when assessed before the day it was made', () => {
    const r = report({ asOf: '2026-01-15', generatedAt: '2026-02-03T10:00:00Z' });
    expect(reportStanding(r)).toBe('past');
    expect(standingSentence(r, 'past', format)).toContain('as it stood on day 2026-01-15');
  });

  it('is not yet open when the period starts after the day it was assessed', () => {
    const r = report({
      asOf: '2025-09-20',
      generatedAt: '2025-09-20T10:00:00Z',
      startDate: '2025-10-01',
    });
    expect(reportStanding(r)).toBe('upcoming');
    expect(standingSentence(r, 'upcoming', format)).toContain('has not opened yet');
  });
});

describe('standingSentence for the live position', () => {
  it('says the figures change as owners update', () => {
    const r = report({ asOf: '2026-01-15', generatedAt: '2026-01-15T10:00:00Z' });
    expect(standingSentence(r, 'live', format)).toBe(
      "Assessed on day 2026-01-15 from today's data; it changes as owners update.",
    );
  });
});
