import { DomainError } from './errors.ts';
import { emptyRagCounts, ragRank, type Rag } from './rag.ts';

export type TRollupRule = 'threshold' | 'worst';
export type TRollupOptions = { rule?: TRollupRule; redShare?: number };
export type TRollup = { rag: Rag; counts: Record<Rag, number> };
export type TMovement = 'improved' | 'deteriorated' | 'unchanged' | 'new';

/** The default share of red items that makes a roll-up red. */
export const DEFAULT_RED_SHARE = 1 / 3;

/**
 * Rolls colours up (DOMAIN.md §4): grey if nothing is rated, blue if all rated are blue; under the
 * threshold rule red once reds reach `redShare` of the rated, under the worst rule on any red;
 * otherwise amber if any is red or amber, else green.
 */
export function rollup(rags: readonly Rag[], opts: TRollupOptions = {}): TRollup {
  const rule = opts.rule ?? 'threshold';
  const redShare = opts.redShare ?? DEFAULT_RED_SHARE;
  if (rule !== 'threshold' && rule !== 'worst') {
    throw new DomainError(
      'invalid_option',
      `The roll-up rule must be threshold or worst, not ${String(rule)}`,
      'rule',
    );
  }
  if (typeof redShare !== 'number' || !(redShare > 0 && redShare <= 1)) {
    throw new DomainError(
      'invalid_option',
      `The red share must be above 0 and at most 1, not ${String(redShare)}`,
      'redShare',
    );
  }
  const counts = emptyRagCounts();
  for (const rag of rags) counts[rag] += 1;
  const rated = counts.red + counts.amber + counts.green + counts.blue;
  let rag: Rag;
  if (rated === 0) rag = 'grey';
  else if (counts.blue === rated) rag = 'blue';
  else if (counts.red > 0 && (rule === 'worst' || counts.red / rated >= redShare)) rag = 'red';
  else if (counts.red + counts.amber > 0) rag = 'amber';
  else rag = 'green';
  return { rag, counts };
}

/**
 * How a colour moved since the previous period. Without a rated colour on both sides there is
 * nothing to compare, so the item reads as new.
 */
export function movement(previous: Rag | null | undefined, current: Rag): TMovement {
  if (!previous || previous === 'grey' || current === 'grey') return 'new';
  const change = ragRank(current) - ragRank(previous);
  return change > 0 ? 'improved' : change < 0 ? 'deteriorated' : 'unchanged';
}
