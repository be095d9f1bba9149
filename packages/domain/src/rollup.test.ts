import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { movement, rollup } from './rollup.ts';
import { RAGS, type Rag } from './rag.ts';
import { isDomainError } from './errors.ts';

const many = (rag: Rag, n: number): Rag[] => Array.from({ length: n }, () => rag);

describe('rollup (threshold rule, red share one third)', () => {
  it.each([
    ['grey when nothing is rated', [], 'grey'],
    ['grey when everything is grey', many('grey', 3), 'grey'],
    ['blue when every rated item is blue, greys aside', [...many('blue', 3), 'grey'], 'blue'],
    ['green when all rated are green or blue', ['green', 'blue', 'grey'], 'green'],
    ['amber with one amber', ['green', 'green', 'amber'], 'amber'],
    ['red when exactly a third of the rated are red', ['red', 'green', 'green'], 'red'],
    [
      'amber when reds are just under a third (1 of 4)',
      ['red', 'green', 'green', 'green'],
      'amber',
    ],
    ['red at 2 of 6, the share exact', ['red', 'red', 'green', 'green', 'blue', 'amber'], 'red'],
    [
      'greys do not count towards the share: 1 red of 3 rated',
      ['red', 'green', 'green', 'grey', 'grey'],
      'red',
    ],
  ] as const)('%s', (_name, rags, rag) => {
    expect(rollup([...rags]).rag).toBe(rag);
  });

  it('counts every colour, grey included', () => {
    expect(rollup(['red', 'amber', 'amber', 'green', 'blue', 'grey']).counts).toEqual({
      red: 1,
      amber: 2,
      green: 1,
      blue: 1,
      grey: 1,
    });
  });

  it('the strategy setting changes the share: 1 of 4 is red at one quarter', () => {
    expect(rollup(['red', 'green', 'green', 'green'], { redShare: 0.25 }).rag).toBe('red');
  });

  it('the worst rule makes any red red', () => {
    expect(rollup(['red', ...many('green', 9)], { rule: 'worst' }).rag).toBe('red');
    expect(rollup(['amber', ...many('blue', 9)], { rule: 'worst' }).rag).toBe('amber');
  });

  it.each([
    ['a red share of 0', { redShare: 0 }],
    ['a red share above 1', { redShare: 1.5 }],
    ['an unknown rule', { rule: 'average' as 'worst' }],
  ])('refuses %s', (_name, opts) => {
    let caught: unknown;
    try {
      rollup(['red'], opts);
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught)).toBe(true);
    expect(caught).toMatchObject({ code: 'invalid_option' });
  });

  it('property: never better than green when any input is red or amber', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...RAGS)),
        fc.constantFrom('red' as const, 'amber' as const),
        fc.constantFrom('threshold' as const, 'worst' as const),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (rags, bad, rule, redShare) => {
          const { rag } = rollup([...rags, bad], { rule, redShare });
          expect(['red', 'amber']).toContain(rag);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('movement', () => {
  it.each([
    ['amber to green improved', 'amber', 'green', 'improved'],
    ['green to blue improved', 'green', 'blue', 'improved'],
    ['green to red deteriorated', 'green', 'red', 'deteriorated'],
    ['amber to amber unchanged', 'amber', 'amber', 'unchanged'],
    ['no earlier colour is new', null, 'red', 'new'],
    ['an earlier grey is new', 'grey', 'green', 'new'],
    ['grey now has nothing to compare', 'green', 'grey', 'new'],
  ] as const)('%s', (_name, previous, current, expected) => {
    expect(movement(previous, current)).toBe(expected);
  });
});
