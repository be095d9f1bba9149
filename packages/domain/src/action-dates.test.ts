import { describe, expect, it } from 'vitest';
import { actionDatesProblem, completionDay } from './action-dates.ts';

const now = new Date('2026-06-30T23:30:00Z'); // already 1 July in London
const known = new Date('2026-05-01T00:00:00Z');

describe('completionDay', () => {
  it('keeps the day given or held for a complete action', () => {
    expect(completionDay('complete', known, now)).toEqual(known);
  });
  it('dates a newly complete action with the London day of now', () => {
    expect(completionDay('complete', null, now)).toEqual(new Date('2026-07-01T00:00:00Z'));
    expect(completionDay('complete', undefined, now)).toEqual(new Date('2026-07-01T00:00:00Z'));
  });
  it.each(['not_started', 'in_progress', 'cancelled'])('a %s action has no completion day', (s) => {
    expect(completionDay(s, known, now)).toBeNull();
  });
});

describe('actionDatesProblem', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it.each([
    ['no start date', null, day('2026-07-01'), null],
    ['due the day it starts', day('2026-07-01'), day('2026-07-01'), null],
    ['due after it starts', day('2026-07-01'), day('2026-07-02'), null],
    [
      'due the day before it starts',
      day('2026-07-02'),
      day('2026-07-01'),
      'The due date cannot be before the start date',
    ],
  ])('%s', (_, start, due, problem) => {
    expect(actionDatesProblem(start, due)).toBe(problem);
  });
});
