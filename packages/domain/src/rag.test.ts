import { describe, expect, it } from 'vitest';
import { RAG_ORDER, RAGS, compareRag, isBetterRag, worseRag, type Rag } from './rag.ts';
import {
  ASSURANCE_LABELS,
  MOVEMENT_LABELS,
  RAG_LABELS,
  REASON_LABELS,
  VARIATION_LABELS,
} from './labels.ts';
import { DomainError, isDomainError } from './errors.ts';

describe('colours', () => {
  it('RAG_ORDER runs worst to best', () => {
    expect(RAG_ORDER).toEqual(['red', 'amber', 'green', 'blue']);
  });

  it.each([
    ['red beats amber', 'red', 'amber', 'red'],
    ['amber beats blue', 'blue', 'amber', 'amber'],
    ['grey never beats a rated colour', 'grey', 'green', 'green'],
    ['grey with grey is grey', 'grey', 'grey', 'grey'],
  ] as const)('worseRag: %s', (_name, a, b, worse) => {
    expect(worseRag(a, b)).toBe(worse);
    expect(worseRag(b, a)).toBe(worse);
  });

  it('sorts worst first with grey last', () => {
    const rags: Rag[] = ['grey', 'blue', 'green', 'red', 'amber'];
    expect(rags.sort(compareRag)).toEqual(['red', 'amber', 'green', 'blue', 'grey']);
  });

  it('grey is neither better nor worse than a rated colour', () => {
    expect(isBetterRag('grey', 'red')).toBe(false);
    expect(isBetterRag('green', 'grey')).toBe(false);
    expect(isBetterRag('green', 'amber')).toBe(true);
  });
});

describe('labels', () => {
  it('gives every colour a word', () => {
    expect(RAGS.map((r) => RAG_LABELS[r])).toEqual(['Red', 'Amber', 'Green', 'Blue', 'Not rated']);
  });

  it('names movements and icons in plain English', () => {
    expect(Object.values(MOVEMENT_LABELS)).toEqual([
      'Improved',
      'Deteriorated',
      'No change',
      'New',
    ]);
    expect(VARIATION_LABELS.improvement_high).toBe(
      'Special cause variation of an improving nature where the measure is significantly higher',
    );
    expect(ASSURANCE_LABELS.fail).toContain('consistently fail the target');
    expect(Object.values(REASON_LABELS).every((label) => label.length > 0)).toBe(true);
  });
});

describe('isDomainError', () => {
  it('recognises domain errors, also from another copy of the package, and nothing else', () => {
    expect(isDomainError(new DomainError('invalid_date', 'x'))).toBe(true);
    const copy = Object.assign(new Error('x'), { name: 'DomainError', code: 'invalid_date' });
    expect(isDomainError(copy)).toBe(true);
    expect(isDomainError(new Error('x'))).toBe(false);
    expect(isDomainError({ name: 'DomainError', code: 'x' })).toBe(false);
  });
});
