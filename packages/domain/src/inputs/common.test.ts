import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ZByIdInput,
  ZId,
  ZPage,
  calendarDate,
  finiteNumber,
  optionalText,
  requiredText,
  text,
} from './common.ts';
import { accepted, chars, issuesOf } from '../../test/zod-issues.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('ZId', () => {
  it.each([
    ['one character', 'a'],
    ['64 characters, the longest', chars(64, 'a')],
    ['letters, digits, hyphen and underscore', 'Ab_9-z'],
  ])('accepts %s', (_name, id) => {
    expect(accepted(ZByIdInput, { id })).toEqual({ id });
  });

  it('trims the spaces around an id', () => {
    expect(accepted(ZId, '  act_1  ')).toBe('act_1');
  });

  it.each([
    ['missing', undefined, 'An id is required'],
    ['a number', 42, 'An id is required'],
    ['65 characters, one over the limit', chars(65, 'a'), 'Id is too long'],
    ['a space inside', 'a b', 'Id is not valid'],
    ['a quote', "a'1", 'Id is not valid'],
    ['a NUL byte', 'a\u0000b', 'Id is not valid'],
  ])('refuses an id that is %s', (_name, id, message) => {
    expect(issuesOf(ZByIdInput, { id })).toEqual([{ path: 'id', message }]);
  });

  it('refuses an empty or blank id as required', () => {
    for (const id of ['', '   ']) {
      expect(issuesOf(ZByIdInput, { id })).toContainEqual({
        path: 'id',
        message: 'An id is required',
      });
    }
  });
});

describe('text, requiredText and optionalText', () => {
  const form = z.object({
    title: requiredText('The title', 10),
    summary: text('The summary', 10),
    note: optionalText('The note', 10),
  });

  it('trims and accepts text exactly at the limit', () => {
    expect(
      accepted(form, { title: ` ${chars(10)} `, summary: chars(10), note: chars(10) }),
    ).toEqual({
      title: chars(10),
      summary: chars(10),
      note: chars(10),
    });
  });

  it('counts the limit after trimming the spaces around the text', () => {
    expect(issuesOf(form, { title: `  ${chars(10)}  `, summary: '' })).toEqual([]);
  });

  it('accepts empty plain text but not an empty required field', () => {
    expect(accepted(form, { title: 'a', summary: '' }).summary).toBe('');
    expect(issuesOf(form, { title: '   ', summary: '' })).toEqual([
      { path: 'title', message: 'Enter the title' },
    ]);
  });

  it.each([
    ['The title', 'Enter the title'],
    ['A comment', 'Enter a comment'],
    ['The KPI title', 'Enter the KPI title'],
    ['EDS evidence', 'Enter EDS evidence'],
  ])('asks for an empty required %j in a sentence, keeping acronyms', (label, message) => {
    expect(issuesOf(z.object({ field: requiredText(label, 10) }), { field: '' })).toEqual([
      { path: 'field', message },
    ]);
  });

  it.each([
    ['', undefined],
    ['   ', undefined],
    [undefined, undefined],
    [' kept ', 'kept'],
  ])('optional text %j becomes %j', (note, expected) => {
    expect(accepted(form, { title: 'a', summary: '', note }).note).toBe(expected);
  });

  it.each([
    ['title', { title: chars(11), summary: '' }, 'The title must be 10 characters or fewer'],
    ['summary', { title: 'a', summary: chars(11) }, 'The summary must be 10 characters or fewer'],
    [
      'note',
      { title: 'a', summary: '', note: chars(11) },
      'The note must be 10 characters or fewer',
    ],
    ['title', { title: 'a\u0000b', summary: '' }, 'The title must not contain control characters'],
    [
      'note',
      { title: 'a', summary: '', note: 'a\u0000' },
      'The note must not contain control characters',
    ],
    ['title', { summary: '' }, 'The title must be text'],
    ['summary', { title: 'a', summary: 7 }, 'The summary must be text'],
    ['note', { title: 'a', summary: '', note: null }, 'The note must be text'],
  ])('refuses %s: %j', (path, input, message) => {
    expect(issuesOf(form, input)).toEqual([{ path, message }]);
  });
});

describe('calendarDate', () => {
  const form = z.object({ dueDate: calendarDate('The due date') });

  it.each([
    ['2000-01-01', 'the first day of 2000, the earliest year'],
    ['2100-12-31', 'the last day of 2100, the latest year'],
    ['2024-02-29', '29 February in a leap year'],
    ['2026-02-28', 'the last day of February in a common year'],
    [' 2026-03-31 ', 'a form value with spaces around it'],
  ])('accepts %j: %s', (value, _name) => {
    expect(accepted(form, { dueDate: value }).dueDate).toEqual(day(value.trim()));
  });

  it.each([
    ['2026-02-30', 'a day February does not have'],
    ['2025-02-29', '29 February in a common year'],
    ['2026-04-31', '31 April'],
    ['2026-13-01', 'month 13'],
    ['2026-3-31', 'a month without its leading zero'],
    ['31/03/2026', 'a UK-style date'],
    ['2026-03-31T00:00:00Z', 'a timestamp'],
    ['+02026-03-31', 'an expanded year'],
  ])('refuses %j as not a real date (%s)', (value) => {
    expect(issuesOf(form, { dueDate: value })).toEqual([
      { path: 'dueDate', message: 'The due date must be a real date' },
    ]);
  });

  it.each([
    ['', 'an empty string'],
    ['   ', 'only spaces'],
  ])('asks for a date left blank: %j (%s)', (value) => {
    expect(issuesOf(form, { dueDate: value })).toEqual([
      { path: 'dueDate', message: 'Enter the due date' },
    ]);
  });

  it.each([
    ['1999-12-31', 'the last day before 2000'],
    ['2101-01-01', 'the first day after 2100'],
    ['0999-01-01', 'a year with a typo'],
  ])('refuses %j as outside 2000 to 2100 (%s)', (value) => {
    expect(issuesOf(form, { dueDate: value })).toEqual([
      { path: 'dueDate', message: 'The due date must be between 2000 and 2100' },
    ]);
  });

  it.each([
    ['missing', undefined],
    ['null', null],
    ['a number', 20260331],
    ['an invalid Date', new Date('not a date')],
  ])('refuses a due date that is %s as not a date', (_name, value) => {
    expect(issuesOf(form, { dueDate: value })).toEqual([
      { path: 'dueDate', message: 'The due date must be a date' },
    ]);
  });

  it.each([
    ['UTC midnight keeps its own day', '2026-03-31T00:00:00.000Z', '2026-03-31'],
    ['UTC midnight in summer time keeps its own day', '2026-07-01T00:00:00.000Z', '2026-07-01'],
    [
      '22:59 UTC in summer time is still 31 March in London',
      '2026-03-31T22:59:59.999Z',
      '2026-03-31',
    ],
    [
      '23:00 UTC in summer time is already 1 April in London',
      '2026-03-31T23:00:00.000Z',
      '2026-04-01',
    ],
    [
      '23:30 UTC in winter is still the same day in London',
      '2026-01-31T23:30:00.000Z',
      '2026-01-31',
    ],
  ])('reads a Date as its Europe/London day: %s', (_name, instant, expected) => {
    expect(accepted(form, { dueDate: new Date(instant) }).dueDate).toEqual(day(expected));
  });

  it('refuses a Date whose London day is outside 2000 to 2100', () => {
    expect(issuesOf(form, { dueDate: new Date('2100-12-31T23:59:59.000Z') })).toEqual([]);
    expect(issuesOf(form, { dueDate: new Date('1999-12-31T23:59:59.000Z') })).toEqual([
      { path: 'dueDate', message: 'The due date must be between 2000 and 2100' },
    ]);
  });
});

describe('ZPage', () => {
  it('defaults the limit to 50 and leaves the cursor out', () => {
    expect(accepted(ZPage, {})).toEqual({ limit: 50 });
  });

  it.each([1, 200])('accepts a limit of %i', (limit) => {
    expect(accepted(ZPage, { limit, cursor: 'c1' })).toEqual({ limit, cursor: 'c1' });
  });

  it.each([
    ['0, one under the smallest', 0, 'The limit must be 1 or more'],
    ['201, one over the largest', 201, 'The limit must be 200 or less'],
    ['a fraction', 1.5, 'The limit must be a whole number'],
    ['a string', '10', 'The limit must be a number'],
  ])('refuses a limit of %s', (_name, limit, message) => {
    expect(issuesOf(ZPage, { limit })).toEqual([{ path: 'limit', message }]);
  });

  it('refuses a cursor that is not an id', () => {
    expect(issuesOf(ZPage, { cursor: 'a;b' })).toEqual([
      { path: 'cursor', message: 'Id is not valid' },
    ]);
  });
});

describe('finiteNumber', () => {
  const form = z.object({ value: finiteNumber('The value') });

  it.each([0, -1.5, 1e12])('accepts %d', (value) => {
    expect(accepted(form, { value }).value).toBe(value);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['a numeric string', '1'],
    ['missing', undefined],
  ])('refuses %s', (_name, value) => {
    expect(issuesOf(form, { value })).toEqual([
      { path: 'value', message: 'The value must be a number' },
    ]);
  });
});
