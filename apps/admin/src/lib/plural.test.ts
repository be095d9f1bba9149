import { describe, expect, it } from 'vitest';
import { validHeading } from '../pages/import/import-page.tsx';
import { plural } from './plural.ts';

describe('counts in words', () => {
  it.each([
    [0, 'row', undefined, '0 rows'],
    [1, 'row', undefined, '1 row'],
    [2, 'row', undefined, '2 rows'],
    [1, 'new value', undefined, '1 new value'],
    [12_345, 'measurement', undefined, '12,345 measurements'],
    [1, 'person', 'people', '1 person'],
    [3, 'person', 'people', '3 people'],
  ])('%i with "%s" reads as "%s"', (count, one, many, expected) => {
    expect(plural(count, one, many)).toBe(expected);
  });

  it('heads a file of one valid row in the singular, never "All 1 rows"', () => {
    expect(validHeading(1)).toBe('The 1 row is valid');
    expect(validHeading(3)).toBe('All 3 rows are valid');
  });
});
