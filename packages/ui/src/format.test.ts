import { describe, expect, it } from 'vitest';
import { formatDay, formatGap, formatValue } from './format.ts';

describe('formatDay', () => {
  it('reads a date-only value in UTC, so 31 March never shows as 30 March west of Greenwich', () => {
    expect(formatDay(new Date('2026-03-31T00:00:00.000Z'))).toBe('31 March 2026');
    expect(formatDay('2026-03-31')).toBe('31 March 2026');
  });

  it('says "Not set" for a missing date rather than "Invalid Date"', () => {
    expect(formatDay(null)).toBe('Not set');
    expect(formatDay('not-a-date')).toBe('Not set');
  });
});

describe('formatValue', () => {
  it.each([
    [43.4, 'percent', '43.4%'],
    [1.3, 'ratio', '1.30'],
    [1200, 'currency', '£1,200'],
    [7, 'number', '7'],
  ] as const)('shows %s as a %s like "%s"', (value, unit, text) => {
    expect(formatValue(value, unit)).toBe(text);
  });

  it('says "No data" when there is no value', () => {
    expect(formatValue(null, 'percent')).toBe('No data');
  });
});

describe('formatGap', () => {
  it('names the direction of a gap in words: positive is better than expected', () => {
    expect(formatGap(0.3, 'percent')).toBe('0.3 percentage points better than expected');
    expect(formatGap(-2, 'number')).toBe('2 worse than expected');
    expect(formatGap(0, 'ratio')).toBe('On expected');
  });
});
