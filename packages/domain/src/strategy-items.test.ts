import { describe, expect, it } from 'vitest';
import { parseIsoDay } from './dates.ts';
import {
  codeClash,
  isSameMilestone,
  milestoneDueDateProblem,
  strategySpan,
} from './strategy-items.ts';

describe('codeClash', () => {
  const siblings = [{ code: '1.1' }, { code: '1.2a' }];
  it.each([
    ['a free code', '1.3', null],
    ['the same code', '1.1', 'Commitment 1.1 already exists under Ambition 1: choose another code'],
    ['the same code in another case, with spaces', ' 1.2A ', 'Commitment 1.2a already exists'],
  ])('%s', (_, code, expected) => {
    const message = codeClash({ what: 'Commitment', code, parent: 'Ambition 1', siblings });
    if (expected === null) expect(message).toBeNull();
    else expect(message).toContain(expected);
  });
});

describe('strategySpan', () => {
  it('runs from 1 April of the first year to 31 March after the last', () => {
    expect(strategySpan('2023/24', '2027/28')).toEqual({
      start: parseIsoDay('2023-04-01'),
      end: parseIsoDay('2028-03-31'),
    });
  });
});

describe('milestoneDueDateProblem', () => {
  const limits = {
    actionDueDate: parseIsoDay('2027-03-31'),
    ...strategySpan('2023/24', '2027/28'),
  };
  const withLimits = {
    actionDueDate: limits.actionDueDate,
    strategyStart: limits.start,
    strategyEnd: limits.end,
  };
  it.each([
    ['on the action’s due date', '2027-03-31', null],
    ['on the strategy’s first day', '2023-04-01', null],
    ['the day after the action’s due date', '2027-04-01', 'on or before the action’s due date'],
    ['the day before the strategy starts', '2023-03-31', 'within the strategy'],
  ])('%s', (_, day, expected) => {
    const message = milestoneDueDateProblem(parseIsoDay(day), withLimits);
    if (expected === null) expect(message).toBeNull();
    else {
      expect(message).toContain(expected);
      expect(message).toContain('between 1 April 2023 and 31 March 2027');
    }
  });

  it('names the strategy’s end when the action is due after it', () => {
    expect(
      milestoneDueDateProblem(parseIsoDay('2028-04-02'), {
        ...withLimits,
        actionDueDate: parseIsoDay('2028-06-30'),
      }),
    ).toBe(
      'The due date must fall within the strategy: choose a day between 1 April 2023 and 31 March 2028',
    );
  });
});

describe('isSameMilestone', () => {
  const due = parseIsoDay('2026-06-30');
  it.each([
    ['the same title in another case with spaces', ' Pilot Launched ', due, true],
    ['another title', 'Pilot evaluated', due, false],
    ['another day', 'Pilot launched', parseIsoDay('2026-07-01'), false],
  ])('%s', (_, title, dueDate, expected) => {
    expect(isSameMilestone({ title: 'pilot launched', dueDate: due }, { title, dueDate })).toBe(
      expected,
    );
  });
});
