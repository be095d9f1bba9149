import { describe, expect, it } from 'vitest';
import { ZBoardReportInput, ZStrategyTreeInput } from './report.ts';
import { accepted, issuesOf } from '../../test/zod-issues.ts';

describe('ZStrategyTreeInput and ZBoardReportInput', () => {
  it('accept no input, meaning today and the current period', () => {
    expect(accepted(ZStrategyTreeInput, undefined)).toBeUndefined();
    expect(accepted(ZBoardReportInput, undefined)).toBeUndefined();
  });

  it('read the as-of date as a calendar day and the period as an id', () => {
    expect(accepted(ZStrategyTreeInput, { asOf: '2026-03-31' })).toEqual({
      asOf: new Date('2026-03-31T00:00:00Z'),
    });
    expect(accepted(ZBoardReportInput, { periodId: 'q4' })).toEqual({ periodId: 'q4' });
  });

  it('refuse an as-of date not on the calendar and a period id that is not an id', () => {
    expect(issuesOf(ZStrategyTreeInput, { asOf: '2026-02-30' })).toEqual([
      { path: 'asOf', message: 'The as-of date must be a real date' },
    ]);
    expect(issuesOf(ZBoardReportInput, { periodId: 'q 4' })).toEqual([
      { path: 'periodId', message: 'Id is not valid' },
    ]);
  });
});
