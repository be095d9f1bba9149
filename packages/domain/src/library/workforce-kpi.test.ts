import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../dates.ts';
import { planWorkforceLibraryKpi } from './workforce-kpi.ts';

const year = { value: 1.4, asOf: '2026-03-31', strategyEndYear: '2027/28' };

describe('a workforce figure as a new library KPI', () => {
  it('keeps the non-adverse band of a relative likelihood, with the year as its baseline', () => {
    const plan = planWorkforceLibraryKpi('WRES-2', year);
    expect(plan).toMatchObject({
      canCreate: true,
      input: {
        libraryCode: 'WRES-2',
        baseline: { value: 1.4, date: parseIsoDay('2026-03-31') },
        target: null,
        frequency: 'annual',
      },
    });
  });

  it('aims a gap at parity (0) by the end of the strategy', () => {
    const plan = planWorkforceLibraryKpi('PAYGAP-GENDER-MEAN', { ...year, value: 7.9 });
    expect(plan.canCreate && plan.input.target).toEqual({
      value: 0,
      date: parseIsoDay('2028-03-31'),
    });
  });

  it('aims a year on when the strategy ends on or before the snapshot', () => {
    const plan = planWorkforceLibraryKpi('WDES-10', { ...year, strategyEndYear: '2025/26' });
    expect(plan.canCreate && plan.input.target?.date).toEqual(parseIsoDay('2027-03-31'));
  });

  it.each([
    ['WRES-1', /target only the trust can set/],
    ['NOT-A-CODE', /Not an indicator of the NHS library/],
  ])('does not create %s here', (code, reason) => {
    const plan = planWorkforceLibraryKpi(code, year);
    expect(plan.canCreate).toBe(false);
    expect(!plan.canCreate && plan.reason).toMatch(reason);
  });
});
