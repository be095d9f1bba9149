import { describe, expect, it } from 'vitest';
import {
  compareEdsScores,
  edsTotalPeriodEnd,
  previousFinancialYear,
  scoreChangeInWords,
} from './eds-comparison.ts';
import { EDS_OUTCOMES } from './equality.ts';

const scores = (values: number[]) =>
  EDS_OUTCOMES.map((outcome, i) => ({ outcome, score: values[i] ?? 0 }));

describe('EDS 2022 year on year', () => {
  it.each([
    [1, 2, 'up 1'],
    [3, 1, 'down 2'],
    [2, 2, 'no change'],
    [null, 2, 'not scored last year'],
    [2, null, 'not scored yet'],
  ])('%s then %s reads "%s"', (last, now, words) => {
    expect(scoreChangeInWords(last, now)).toBe(words);
  });

  it('compares each outcome and the totals', () => {
    const compared = compareEdsScores(
      scores([1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 0]),
      scores([2, 1, 2, 2, 1, 1, 2, 1, 2, 1, 1]),
    );
    expect(compared.outcomes.slice(0, 2)).toEqual([
      { outcome: '1A', last: 1, now: 2, change: 'up 1' },
      { outcome: '1B', last: 1, now: 1, change: 'no change' },
    ]);
    expect(compared.total).toEqual({ outcome: 'Total', last: 11, now: 16, change: 'up 5' });
    expect(compareEdsScores(scores([1]), []).total.change).toBe('not scored yet');
  });

  it('names the year before, and records a year’s total at 31 March whatever the KPI’s frequency', () => {
    expect(previousFinancialYear('2025/26')).toBe('2024/25');
    expect(previousFinancialYear('2000/01')).toBe('1999/00');
    expect(previousFinancialYear('2025')).toBeNull();
    for (const frequency of ['annual', 'quarterly', 'monthly'] as const)
      expect(edsTotalPeriodEnd('2025/26', frequency)).toEqual(new Date('2026-03-31T00:00:00.000Z'));
  });
});
