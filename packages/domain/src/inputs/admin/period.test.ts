import { describe, expect, it } from 'vitest';
import {
  ZAdminPeriodCreateInput,
  ZAdminPeriodLockInput,
  ZAdminPeriodUpdateInput,
} from './period.ts';
import { accepted, issuesOf } from '../../../test/zod-issues.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const closesBeforeOpens = {
  path: 'windowCloses',
  message: 'The update window cannot close before it opens',
};

describe('ZAdminPeriodCreateInput', () => {
  it('takes a period from any date in its quarter, the window and board date optional', () => {
    expect(accepted(ZAdminPeriodCreateInput, { dateInQuarter: '2026-05-01' })).toEqual({
      dateInQuarter: day('2026-05-01'),
    });
  });

  it('accepts a window that opens and closes on the same day, and no board date', () => {
    expect(
      accepted(ZAdminPeriodCreateInput, {
        dateInQuarter: '2026-05-01',
        windowOpens: '2026-06-16',
        windowCloses: '2026-06-16',
        boardDate: null,
      }),
    ).toMatchObject({
      windowOpens: day('2026-06-16'),
      windowCloses: day('2026-06-16'),
      boardDate: null,
    });
  });

  it('refuses a window that closes the day before it opens', () => {
    expect(
      issuesOf(ZAdminPeriodCreateInput, {
        dateInQuarter: '2026-05-01',
        windowOpens: '2026-06-16',
        windowCloses: '2026-06-15',
      }),
    ).toEqual([closesBeforeOpens]);
  });

  it.each([
    ['dateInQuarter', '2026-02-30', 'The date in the quarter must be a real date'],
    ['windowOpens', '2101-01-01', 'The date the update window opens must be between 2000 and 2100'],
    [
      'windowCloses',
      '1999-12-31',
      'The date the update window closes must be between 2000 and 2100',
    ],
    ['boardDate', '2026-06-31', 'The board meeting date must be a real date'],
  ])('refuses %s = %j', (path, value, message) => {
    expect(
      issuesOf(ZAdminPeriodCreateInput, { dateInQuarter: '2026-05-01', [path]: value }),
    ).toEqual([{ path, message }]);
  });
});

describe('ZAdminPeriodUpdateInput and ZAdminPeriodLockInput', () => {
  it('moves one end of the window alone', () => {
    expect(accepted(ZAdminPeriodUpdateInput, { id: 'p1', windowCloses: '2026-07-21' })).toEqual({
      id: 'p1',
      windowCloses: day('2026-07-21'),
    });
  });

  it('refuses an update whose window closes before it opens', () => {
    expect(
      issuesOf(ZAdminPeriodUpdateInput, {
        id: 'p1',
        windowOpens: '2026-06-17',
        windowCloses: '2026-06-16',
      }),
    ).toEqual([closesBeforeOpens]);
  });

  it('locks a period by its id', () => {
    expect(accepted(ZAdminPeriodLockInput, { periodId: 'p1' })).toEqual({ periodId: 'p1' });
    expect(issuesOf(ZAdminPeriodLockInput, {})).toEqual([
      { path: 'periodId', message: 'An id is required' },
    ]);
  });
});
