import { describe, expect, it } from 'vitest';
import { NON_ADVERSE_BAND } from '../equality.ts';
import { nonAdverseBandWords } from './target-words.ts';

describe('a KPI’s non-adverse band in words', () => {
  it.each([
    [{ unit: 'ratio', band: NON_ADVERSE_BAND }, 'Non-adverse band 0.80 to 1.25'],
    [{ unit: 'ratio', band: { low: 0.9, high: 1.1 } }, 'Non-adverse band 0.90 to 1.10'],
    [{ unit: 'ratio', band: null }, null],
    [{ unit: 'percent', band: { low: 40, high: 60 } }, null],
  ] as const)('reads %j as %j', (kpi, words) => {
    expect(nonAdverseBandWords(kpi)).toBe(words);
  });
});
