import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY_MS, londonDay, londonDayNumber, parseIsoDay, toIsoDay } from './dates.ts';
import { isDomainError } from './errors.ts';

const londonFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

describe('londonDay', () => {
  it.each([
    ['winter midnight UTC is the same London day', '2026-01-15T00:00:00Z', '2026-01-15'],
    ['winter 23:59 UTC is still that London day', '2026-01-15T23:59:59Z', '2026-01-15'],
    ['summer 22:59 UTC is 23:59 in London, the same day', '2025-06-30T22:59:59Z', '2025-06-30'],
    ['summer 23:00 UTC is midnight in London, the next day', '2025-06-30T23:00:00Z', '2025-07-01'],
    [
      '00:59 UTC on the day clocks go forward is still winter time',
      '2026-03-29T00:59:59Z',
      '2026-03-29',
    ],
    [
      '23:00 UTC the evening clocks went forward is the next London day',
      '2026-03-29T23:00:00Z',
      '2026-03-30',
    ],
    [
      '23:30 UTC the evening clocks went back is the same London day',
      '2025-10-26T23:30:00Z',
      '2025-10-26',
    ],
    [
      '23:30 UTC the evening before clocks go back is the next London day',
      '2025-10-25T23:30:00Z',
      '2025-10-26',
    ],
  ])('%s', (_name, instant, day) => {
    expect(toIsoDay(new Date(instant))).toBe(day);
    expect(londonDay(new Date(instant)).toISOString()).toBe(`${day}T00:00:00.000Z`);
  });

  it('maps a stored date-only value (UTC midnight) to its own day, all year round', () => {
    for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2027, 0, 1); day += DAY_MS) {
      expect(londonDay(new Date(day)).getTime()).toBe(day);
    }
  });

  it('agrees with the Europe/London time zone for any instant from 2000 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (t) => {
        expect(toIsoDay(new Date(t))).toBe(londonFormat.format(new Date(t)));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses an invalid date with a domain error', () => {
    expect(() => londonDayNumber(new Date('nope'), 'The due date')).toThrow(
      'The due date must be a real date',
    );
  });
});

describe('parseIsoDay', () => {
  it('reads YYYY-MM-DD as UTC midnight of that day and round-trips through toIsoDay', () => {
    expect(parseIsoDay('2026-03-31').toISOString()).toBe('2026-03-31T00:00:00.000Z');
    expect(toIsoDay(parseIsoDay('2024-02-29'))).toBe('2024-02-29');
  });

  it.each(['2025-02-29', '2026-13-01', '31/03/2026', '2026-3-31', ''])('refuses "%s"', (value) => {
    let caught: unknown;
    try {
      parseIsoDay(value);
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught)).toBe(true);
    expect((caught as Error).message).toContain('is not a calendar date');
  });
});
