import { describe, expect, it } from 'vitest';
import {
  dueBucket,
  matchesActionFilter,
  parseActionFilter,
  type TFilterableAction,
} from './action-filter.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
// 2026-11-10 is in 2026/27 Q3 (October to December).
const today = day('2026-11-10');
const action = (over: Partial<TFilterableAction> = {}): TFilterableAction => ({
  code: 'A1.2',
  title: 'Reverse mentoring for the board',
  status: 'in_progress',
  dueDate: day('2026-12-31'),
  rag: 'green',
  ...over,
});

describe('dueBucket', () => {
  it.each([
    ['overdue once the due day has passed and it is open', 'in_progress', '2026-11-09', 'overdue'],
    [
      'a not-started action past its due day is overdue too',
      'not_started',
      '2026-04-01',
      'overdue',
    ],
    ['not overdue on its due day itself', 'in_progress', '2026-11-10', 'this_quarter'],
    ['due this quarter up to its last day', 'in_progress', '2026-12-31', 'this_quarter'],
    ['due later from the first day of next quarter', 'in_progress', '2027-01-01', 'later'],
    [
      'a complete action due earlier this quarter counts as this quarter',
      'complete',
      '2026-10-01',
      'this_quarter',
    ],
    ['a complete action due before this quarter is in no bucket', 'complete', '2026-09-30', null],
    [
      'a cancelled action past its due day is not overdue',
      'cancelled',
      '2026-11-01',
      'this_quarter',
    ],
  ] as const)('%s', (_name, status, due, bucket) => {
    expect(dueBucket({ status, dueDate: day(due) }, today)).toBe(bucket);
  });

  it('reads today as its London day (23:30 UTC in summer is the next day)', () => {
    const lateEvening = new Date('2026-06-30T23:30:00.000Z');
    expect(dueBucket({ status: 'in_progress', dueDate: day('2026-06-30') }, lateEvening)).toBe(
      'overdue',
    );
  });
});

describe('matchesActionFilter', () => {
  it.each([
    ['an empty filter matches everything', {}, action(), true],
    ['status must be equal', { status: 'complete' }, action(), false],
    ['status equal matches', { status: 'in_progress' }, action(), true],
    ['colour must be equal', { rag: 'red' }, action(), false],
    [
      'a cancelled action (no colour) never matches a colour',
      { rag: 'grey' },
      action({ rag: null, status: 'cancelled' }),
      false,
    ],
    ['due bucket must be equal', { due: 'overdue' }, action(), false],
    ['search matches the code', { q: 'a1.2' }, action(), true],
    [
      'search matches words of the title in any order, any case',
      { q: 'BOARD mentoring' },
      action(),
      true,
    ],
    ['every word of the search must appear', { q: 'mentoring pay' }, action(), false],
    [
      'all parts must hold together',
      { status: 'in_progress', rag: 'green', due: 'this_quarter', q: 'board' },
      action(),
      true,
    ],
  ] as const)('%s', (_name, filter, item, expected) => {
    expect(matchesActionFilter(item, filter, today)).toBe(expected);
  });
});

describe('parseActionFilter', () => {
  it('reads each parameter from the address', () => {
    const params = new URLSearchParams('status=not_started&rag=amber&due=later&q=%20pay%20gap%20');
    expect(parseActionFilter(params)).toEqual({
      status: 'not_started',
      rag: 'amber',
      due: 'later',
      q: 'pay gap',
    });
  });

  it('reads values the page does not offer as "any", so an old link still opens', () => {
    const params = new URLSearchParams('status=archived&rag=purple&due=soon&q=%20%20');
    expect(parseActionFilter(params)).toEqual({
      status: undefined,
      rag: undefined,
      due: undefined,
      q: undefined,
    });
  });

  it('cuts a very long search to 100 characters', () => {
    const params = new URLSearchParams({ q: 'x'.repeat(500) });
    expect(parseActionFilter(params).q).toHaveLength(100);
  });
});
