import type { TRollupRule } from './rollup.ts';

/** A strategy's stored roll-up rule: `worst` when it says so, else the default `threshold`. */
export function rollupRuleOf(stored: string): TRollupRule {
  return stored === 'worst' ? 'worst' : 'threshold';
}
