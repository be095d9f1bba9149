import { describe, expect, it } from 'vitest';
import { financialYearLabel, recentFinancialYears } from './financial-year.ts';

describe('NHS financial years', () => {
  it.each([
    ['2026-03-31', '2025/26'],
    ['2026-04-01', '2026/27'],
    ['2099-12-31', '2099/00'],
  ])('%s falls in %s (the year turns on 1 April)', (day, label) => {
    expect(financialYearLabel(new Date(`${day}T00:00:00.000Z`))).toBe(label);
  });

  it('lists this year first, then the ones before it', () => {
    expect(recentFinancialYears(new Date('2026-11-24T00:00:00.000Z'), 3)).toEqual([
      '2026/27',
      '2025/26',
      '2024/25',
    ]);
  });
});
