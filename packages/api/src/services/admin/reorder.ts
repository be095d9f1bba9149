import { ApiError } from '../../errors.ts';
import type { AuditRecord } from '@belonging/db';

/** Checks a full new order against the live siblings: every one exactly once. */
function requireSameSet(ids: readonly string[], siblings: readonly { id: string }[], what: string) {
  const known = new Set(siblings.map((s) => s.id));
  if (ids.length !== known.size || ids.some((id) => !known.has(id))) {
    throw new ApiError('BAD_REQUEST', `Give every live ${what} exactly once, in the new order.`, {
      ids: [`Give every live ${what} exactly once, in the new order`],
    });
  }
}

/**
 * Saves a new order of live siblings (ambitions, commitments, actions or milestones), audited on
 * their parent. Order is not an edit of a row's content, so versions stay as they are.
 */
export async function saveOrder(options: {
  ids: readonly string[];
  /** The live siblings in their current order. */
  siblings: readonly { id: string }[];
  what: string;
  setSortOrder: (id: string, sortOrder: number) => Promise<unknown>;
  parent: Pick<AuditRecord, 'entity' | 'entityId' | 'operation'>;
}): Promise<{ result: { ids: string[] }; audit: AuditRecord }> {
  const { ids, siblings, what, setSortOrder, parent } = options;
  requireSameSet(ids, siblings, what);
  for (const [i, id] of ids.entries()) await setSortOrder(id, i + 1);
  return {
    result: { ids: [...ids] },
    audit: { ...parent, before: siblings.map((s) => s.id), after: [...ids] },
  };
}
