import { describe, expect, it } from 'vitest';
import {
  ZAdminAmbitionCreateInput,
  ZAdminAmbitionReorderInput,
  ZAdminAmbitionUpdateInput,
  ZAdminCommitmentCreateInput,
  ZAdminCommitmentReorderInput,
  ZAdminCommitmentUpdateInput,
} from './strategy.ts';
import { accepted, chars, issuesOf } from '../../../test/zod-issues.ts';

describe('ZAdminAmbitionCreateInput and ZAdminAmbitionUpdateInput', () => {
  it.each([1, 99])('accepts ambition number %i', (number) => {
    expect(
      accepted(ZAdminAmbitionCreateInput, { number, title: chars(300), description: ' ' }),
    ).toEqual({
      number,
      title: chars(300),
    });
  });

  it.each([
    ['number', 0, 'The ambition number must be 1 or more'],
    ['number', 100, 'The ambition number must be 99 or less'],
    ['number', 1.5, 'The ambition number must be a whole number'],
    ['number', '1', 'The ambition number must be a number'],
    ['title', '  ', 'Enter the ambition title'],
    ['title', chars(301), 'The ambition title must be 300 characters or fewer'],
    ['description', chars(5001), 'The description must be 5000 characters or fewer'],
  ])('refuses %s = %j', (path, value, message) => {
    const ambition = { number: 1, title: 'Belonging', [path]: value };
    expect(issuesOf(ZAdminAmbitionCreateInput, ambition)).toEqual([{ path, message }]);
    // An update checks a field it is given by the same rule.
    expect(issuesOf(ZAdminAmbitionUpdateInput, { id: 'a1', [path]: value })).toEqual([
      { path, message },
    ]);
  });

  it('updates only the fields given', () => {
    expect(accepted(ZAdminAmbitionUpdateInput, { id: 'a1' })).toEqual({ id: 'a1' });
  });

  it('clears the description with a blank box on an update', () => {
    expect(accepted(ZAdminAmbitionUpdateInput, { id: 'a1', description: '  ' })).toEqual({
      id: 'a1',
      description: '',
    });
  });
});

describe('ZAdminCommitmentCreateInput and ZAdminCommitmentUpdateInput', () => {
  const commitment = { ambitionId: 'a1', code: '1.1', title: 'Inclusive recruitment' };

  it('accepts a code of exactly 20 characters', () => {
    expect(accepted(ZAdminCommitmentCreateInput, { ...commitment, code: chars(20) }).code).toBe(
      chars(20),
    );
  });

  it.each([
    ['code', '', 'Enter the commitment code'],
    ['code', chars(21), 'The commitment code must be 20 characters or fewer'],
    ['title', '', 'Enter the commitment title'],
    ['title', chars(301), 'The commitment title must be 300 characters or fewer'],
    ['description', chars(5001), 'The description must be 5000 characters or fewer'],
    ['ambitionId', 'a/1', 'Id is not valid'],
  ])('refuses %s = %j', (path, value, message) => {
    expect(issuesOf(ZAdminCommitmentCreateInput, { ...commitment, [path]: value })).toEqual([
      { path, message },
    ]);
    expect(issuesOf(ZAdminCommitmentUpdateInput, { id: 'c1', [path]: value })).toEqual([
      { path, message },
    ]);
  });

  it('clears the description with a blank box on an update, and keeps it when left out', () => {
    expect(accepted(ZAdminCommitmentUpdateInput, { id: 'c1', description: ' ' })).toEqual({
      id: 'c1',
      description: '',
    });
    expect(accepted(ZAdminCommitmentUpdateInput, { id: 'c1' })).toEqual({ id: 'c1' });
  });

  it('needs the ambition of a new commitment', () => {
    expect(issuesOf(ZAdminCommitmentCreateInput, { code: '1.1', title: 'T' })).toEqual([
      { path: 'ambitionId', message: 'An id is required' },
    ]);
  });
});

describe('reordering ambitions and commitments', () => {
  it('accepts a new order of distinct ids', () => {
    expect(accepted(ZAdminAmbitionReorderInput, { ids: ['a2', 'a1'] })).toEqual({
      ids: ['a2', 'a1'],
    });
    expect(accepted(ZAdminCommitmentReorderInput, { ambitionId: 'a1', ids: ['c1'] })).toEqual({
      ambitionId: 'a1',
      ids: ['c1'],
    });
  });

  it('names ambitions and commitments in their refusals', () => {
    expect(issuesOf(ZAdminAmbitionReorderInput, { ids: ['a1', 'a1'] })).toEqual([
      { path: 'ids', message: 'Each of the ambitions can appear only once' },
    ]);
    expect(issuesOf(ZAdminCommitmentReorderInput, { ambitionId: 'a1', ids: [] })).toEqual([
      { path: 'ids', message: 'Give at least one of the commitments' },
    ]);
  });
});
