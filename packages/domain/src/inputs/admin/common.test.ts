import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ZArchiveInput, ZExpectedVersion, ZTagsInput, reorderIds } from './common.ts';
import { accepted, chars, issuesOf } from '../../../test/zod-issues.ts';

const tagsForm = z.object({ tags: ZTagsInput });
const codeMessage =
  'Tags must be EDI plan codes 1a to 6f, EDS outcomes 1A to 3C, WRES-1 to WRES-9 or WDES-1 to WDES-10';

// 36 EDI plan codes (1a to 6f) and 4 EDS outcomes: 40 different tags.
const fortyTags = [
  ...['1', '2', '3', '4', '5', '6'].flatMap((n) =>
    ['a', 'b', 'c', 'd', 'e', 'f'].map((l) => ({ framework: 'edi_plan', code: `${n}${l}` })),
  ),
  ...['1A', '1B', '1C', '1D'].map((code) => ({ framework: 'eds', code })),
];

describe('ZExpectedVersion and ZArchiveInput', () => {
  const form = z.object({ expectedVersion: ZExpectedVersion });

  it('accepts version 1, the first a record has', () => {
    expect(accepted(form, { expectedVersion: 1 })).toEqual({ expectedVersion: 1 });
  });

  it.each([
    ['0', 0, 'The version you edited must be 1 or more'],
    ['a fraction', 2.5, 'The version you edited must be a whole number'],
    ['missing', undefined, 'The version you edited is required'],
  ])('refuses a version that is %s', (_name, expectedVersion, message) => {
    expect(issuesOf(form, { expectedVersion })).toEqual([{ path: 'expectedVersion', message }]);
  });

  it('archives by a valid id only', () => {
    expect(accepted(ZArchiveInput, { id: 'x_1' })).toEqual({ id: 'x_1' });
    expect(issuesOf(ZArchiveInput, { id: 'x 1' })).toEqual([
      { path: 'id', message: 'Id is not valid' },
    ]);
  });
});

describe('ZTagsInput', () => {
  it.each([
    ['edi_plan', '1a', 'the first EDI plan code'],
    ['edi_plan', '6f', 'the last EDI plan code'],
    ['eds', '1A', 'the first EDS outcome'],
    ['eds', '3C', 'the last EDS outcome'],
    ['wres', 'WRES-1', 'the first WRES indicator'],
    ['wres', 'WRES-9', 'the last WRES indicator'],
    ['wdes', 'WDES-10', 'the last WDES metric'],
  ])('accepts %s %s, %s', (framework, code) => {
    expect(accepted(tagsForm, { tags: [{ framework, code }] })).toEqual({
      tags: [{ framework, code }],
    });
  });

  it('trims a tag code before looking it up', () => {
    expect(accepted(tagsForm, { tags: [{ framework: 'wdes', code: ' WDES-1 ' }] }).tags).toEqual([
      { framework: 'wdes', code: 'WDES-1' },
    ]);
  });

  it.each([
    ['edi_plan', '6g', 'one past the last EDI plan code'],
    ['edi_plan', '1A', 'an EDI plan code in capitals'],
    ['eds', '3D', 'one past the last EDS outcome'],
    ['wres', 'WRES-10', 'one past the last WRES indicator'],
    ['wres', 'wres-1', 'a WRES code in lower case'],
    ['wdes', 'WDES-11', 'one past the last WDES metric'],
    ['eds', 'WRES-1', 'a code from another framework'],
  ])('refuses %s %s, %s, at the code', (framework, code) => {
    expect(issuesOf(tagsForm, { tags: [{ framework, code }] })).toEqual([
      { path: 'tags.0.code', message: codeMessage },
    ]);
  });

  it('refuses an unknown framework at the framework', () => {
    expect(issuesOf(tagsForm, { tags: [{ framework: 'nhs', code: '1' }] })).toEqual([
      {
        path: 'tags.0.framework',
        message: 'A tag’s framework must be the EDI plan, EDS 2022, WRES or WDES',
      },
    ]);
  });

  it('refuses a tag code of 17 characters as too long', () => {
    expect(issuesOf(tagsForm, { tags: [{ framework: 'eds', code: chars(17) }] })).toContainEqual({
      path: 'tags.0.code',
      message: 'A tag code must be 16 characters or fewer',
    });
  });

  it('accepts no tags and 40 different tags', () => {
    expect(accepted(tagsForm, { tags: [] }).tags).toEqual([]);
    expect(accepted(tagsForm, { tags: fortyTags }).tags).toHaveLength(40);
  });

  it.each([
    ['41 tags', [...fortyTags, { framework: 'eds', code: '2A' }], 'Give 40 tags or fewer'],
    ['the same tag twice', [fortyTags[0], fortyTags[0]], 'Each tag can be given only once'],
    ['a single tag, not a list', { framework: 'eds', code: '1A' }, 'Tags must be a list'],
  ])('refuses %s', (_name, tags, message) => {
    expect(issuesOf(tagsForm, { tags })).toEqual([{ path: 'tags', message }]);
  });
});

describe('reorderIds', () => {
  const form = z.object({ ids: reorderIds('Actions') });
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `id${i}`);

  it.each([1, 500])('accepts a new order of %i', (n) => {
    expect(accepted(form, { ids: ids(n) }).ids).toEqual(ids(n));
  });

  it.each([
    ['empty', [], 'Give at least one of the actions'],
    ['501 long', ids(501), 'Give 500 actions or fewer'],
    ['holding one id twice', ['a', 'b', 'a'], 'Each of the actions can appear only once'],
    ['not a list', 'a', 'Actions must be a list'],
  ])('refuses an order that is %s', (_name, value, message) => {
    expect(issuesOf(form, { ids: value })).toEqual([{ path: 'ids', message }]);
  });

  it('refuses an invalid id at its place in the list', () => {
    expect(issuesOf(form, { ids: ['a', 'b c'] })).toEqual([
      { path: 'ids.1', message: 'Id is not valid' },
    ]);
  });
});
