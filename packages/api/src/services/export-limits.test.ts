import { describe, expect, it } from 'vitest';
import { ExportRateLimit, exportLimitMessage, HeavyCallBudget } from './export-limits.ts';

describe('the export limits', () => {
  it('allow ten files a minute per person, then say how long to wait until the oldest leaves the minute', () => {
    const limit = new ExportRateLimit();
    const t = 1_000_000;
    for (let i = 0; i < 10; i += 1) expect(limit.take('ann', t + i * 1000)).toBe(0);
    expect(limit.take('ann', t + 15_000)).toBe(45);
    expect(limit.take('bob', t + 15_000)).toBe(0);
    expect(limit.take('ann', t + 60_000)).toBe(0);
  });

  it('say the wait in words, one second or several', () => {
    expect(exportLimitMessage(1)).toBe(
      'You have asked for 10 files in the last minute. Try again in 1 second.',
    );
    expect(exportLimitMessage(45)).toBe(
      'You have asked for 10 files in the last minute. Try again in 45 seconds.',
    );
  });

  it('let one request make one file', () => {
    const budget = new HeavyCallBudget();
    expect([budget.take(), budget.take(), budget.take()]).toEqual([true, false, false]);
  });
});
