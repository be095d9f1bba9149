import { z } from 'zod';

export const ZRag = z.enum(['red', 'amber', 'green', 'blue', 'grey']);
/** A RAG colour; `grey` means not rated and is left out of roll-ups. */
export type Rag = z.infer<typeof ZRag>;
export type TRatedRag = Exclude<Rag, 'grey'>;

/** Every colour, in the order screens list them (rated worst to best, then not rated). */
export const RAGS: readonly Rag[] = ['red', 'amber', 'green', 'blue', 'grey'];

/** The rated colours, worst to best. */
export const RAG_ORDER: readonly TRatedRag[] = ['red', 'amber', 'green', 'blue'];

const RANK: Record<Rag, number> = { red: 0, amber: 1, green: 2, blue: 3, grey: 4 };

/** Position for sorting worst first; not rated sorts after every rated colour. */
export function ragRank(rag: Rag): number {
  return RANK[rag];
}

/** Sort comparator: worst colour first, grey last. */
export function compareRag(a: Rag, b: Rag): number {
  return RANK[a] - RANK[b];
}

/** The worse of two colours. Grey is not rated, so it never wins over a rated colour. */
export function worseRag(a: Rag, b: Rag): Rag {
  if (a === 'grey') return b;
  if (b === 'grey') return a;
  return RANK[a] <= RANK[b] ? a : b;
}

/** True when `a` is a rated colour strictly better than the rated colour `b`. */
export function isBetterRag(a: Rag, b: Rag): boolean {
  return a !== 'grey' && b !== 'grey' && RANK[a] > RANK[b];
}

export function emptyRagCounts(): Record<Rag, number> {
  return { red: 0, amber: 0, green: 0, blue: 0, grey: 0 };
}
