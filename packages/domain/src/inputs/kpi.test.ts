import { describe, expect, it } from 'vitest';
import { ZMeasurementInput } from './kpi.ts';
import { accepted, chars, issuesOf } from '../../test/zod-issues.ts';

const measurement = { kpiId: 'kpi_1', periodEnd: '2026-03-31', value: 12.5 };

describe('ZMeasurementInput', () => {
  it('accepts a value with no group, counts or note, dropping empty text', () => {
    expect(accepted(ZMeasurementInput, { ...measurement, group: ' ', note: '' })).toEqual({
      kpiId: 'kpi_1',
      periodEnd: new Date('2026-03-31T00:00:00Z'),
      value: 12.5,
    });
  });

  it.each([
    ['a numerator equal to the denominator', 5, 5],
    ['a zero numerator', 0, 5],
    ['both counts at the 10,000,000 limit', 10_000_000, 10_000_000],
  ])('accepts %s', (_name, numerator, denominator) => {
    expect(accepted(ZMeasurementInput, { ...measurement, numerator, denominator })).toMatchObject({
      numerator,
      denominator,
    });
  });

  it('accepts a group of exactly 80 characters and a note of 2000', () => {
    expect(
      accepted(ZMeasurementInput, { ...measurement, group: chars(80), note: chars(2000) }),
    ).toMatchObject({ group: chars(80), note: chars(2000) });
  });

  it.each([
    [
      'a numerator without a denominator',
      { numerator: 3 },
      'denominator',
      'Give both the numerator and the denominator, or neither',
    ],
    [
      'a denominator without a numerator',
      { denominator: 3 },
      'numerator',
      'Give both the numerator and the denominator, or neither',
    ],
    [
      'a numerator one larger than the denominator',
      { numerator: 6, denominator: 5 },
      'numerator',
      'The numerator cannot be larger than the denominator',
    ],
    [
      'a fractional numerator',
      { numerator: 1.5, denominator: 5 },
      'numerator',
      'The numerator must be a whole number',
    ],
    [
      'a fractional denominator',
      { numerator: 1, denominator: 5.5 },
      'denominator',
      'The denominator must be a whole number',
    ],
    [
      'a negative numerator',
      { numerator: -1, denominator: 5 },
      'numerator',
      'The numerator must be 0 or more',
    ],
    [
      'a denominator over 10,000,000',
      { numerator: 1, denominator: 10_000_001 },
      'denominator',
      'The denominator is too large',
    ],
    [
      'a text numerator',
      { numerator: '1', denominator: 5 },
      'numerator',
      'The numerator must be a whole number',
    ],
    [
      'an infinite value',
      { value: Number.POSITIVE_INFINITY },
      'value',
      'The value must be a number',
    ],
    ['a missing value', { value: undefined }, 'value', 'The value must be a number'],
    [
      'a period end not on the calendar',
      { periodEnd: '2026-02-30' },
      'periodEnd',
      'The period end must be a real date',
    ],
    [
      'a period end in 2101',
      { periodEnd: '2101-01-01' },
      'periodEnd',
      'The period end must be between 2000 and 2100',
    ],
    [
      'a group of 81 characters',
      { group: chars(81) },
      'group',
      'The group must be 80 characters or fewer',
    ],
    [
      'a note of 2001 characters',
      { note: chars(2001) },
      'note',
      'The note must be 2000 characters or fewer',
    ],
    ['a KPI id with a space', { kpiId: 'kpi 1' }, 'kpiId', 'Id is not valid'],
  ])('refuses %s', (_name, change, path, message) => {
    expect(issuesOf(ZMeasurementInput, { ...measurement, ...change })).toEqual([{ path, message }]);
  });
});
