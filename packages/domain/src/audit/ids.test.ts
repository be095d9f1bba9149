import { describe, expect, it } from 'vitest';
import { collectAuditIds, isUnchangedSave, looksLikeId } from './ids.ts';

describe('ids an audit event carries', () => {
  it('finds the record, every …Id and …Ids value, reorder lists and any other id', () => {
    const ids = collectAuditIds(
      'ckx0000000000000000000001',
      ['ckx0000000000000000000002', 'ckx0000000000000000000003'],
      {
        ambitionId: 'amb-1',
        kpiIds: ['kpi-1'],
        moved: { importId: '154fb835-1c2d-4e5f-8a9b-0c1d2e3f4a5b' },
        title: 'Not an id',
      },
    );
    expect(ids).toEqual([
      'ckx0000000000000000000001',
      'ckx0000000000000000000002',
      'ckx0000000000000000000003',
      'amb-1',
      'kpi-1',
      '154fb835-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    ]);
  });

  it.each([
    ['cmiq3k2xw0000abcd1234efgh', true],
    ['154fb835-1c2d-4e5f-8a9b-0c1d2e3f4a5b', true],
    ['Reverse mentoring', false],
    ['1.2.3', false],
    ['cat', false],
  ])('reads %s as an id: %s', (text, isId) => {
    expect(looksLikeId(text)).toBe(isId);
  });
});

describe('a save that changed nothing', () => {
  it.each([
    ['the same values in another key order', { a: 1, b: 'x' }, { b: 'x', a: 1 }, true],
    [
      'only the version and update time moved on',
      { t: 'x', version: 1 },
      { t: 'x', version: 2 },
      true,
    ],
    [
      'the same dates as Date and as text',
      { d: new Date('2030-01-01') },
      { d: '2030-01-01T00:00:00.000Z' },
      true,
    ],
    ['the same reorder', ['a', 'b'], ['a', 'b'], true],
    ['a title changed', { t: 'x' }, { t: 'y' }, false],
    ['a field appeared', { t: 'x' }, { t: 'x', boardDate: null }, false],
    ['a reorder', ['a', 'b'], ['b', 'a'], false],
    ['a create (nothing before)', undefined, { t: 'x' }, false],
    ['an event with no values', undefined, undefined, false],
  ])('%s: %s', (_case, before, after, unchanged) => {
    expect(isUnchangedSave(before, after)).toBe(unchanged);
  });
});
