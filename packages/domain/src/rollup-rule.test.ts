import { describe, expect, it } from 'vitest';
import { rollupRuleOf } from './rollup-rule.ts';

describe('rollupRuleOf', () => {
  it.each([
    ['worst', 'worst'],
    ['threshold', 'threshold'],
    ['', 'threshold'],
    ['WORST', 'threshold'],
  ])('reads %j as %s', (stored, rule) => {
    expect(rollupRuleOf(stored)).toBe(rule);
  });
});
