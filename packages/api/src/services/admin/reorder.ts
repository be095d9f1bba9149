import {
  findLiveChildIds,
  setChildSortOrder,
  type AuditRecord,
  type DbClient,
  type OrderedEntity,
} from '@belonging/db';
import { isFullReorder } from '@belonging/domain';
import { ApiError } from '../../errors.ts';

/**
 * Saves a new order of a parent's live children (ambitions, commitments, actions or milestones),
 * audited on the parent. Order is not an edit of a row's content, so versions stay as they are.
 */
export async function saveOrder(
  tx: DbClient,
  options: {
    entity: OrderedEntity;
    organisationId: string;
    ids: readonly string[];
    parent: Pick<AuditRecord, 'entity' | 'entityId' | 'operation'>;
  },
): Promise<{ result: { ids: string[] }; audit: AuditRecord }> {
  const { entity, organisationId, ids, parent } = options;
  const siblings = await findLiveChildIds(tx, entity, {
    organisationId,
    parentId: parent.entityId,
  });
  if (!isFullReorder(ids, siblings)) {
    throw new ApiError('BAD_REQUEST', `Give every live ${entity} exactly once, in the new order.`, {
      ids: [`Give every live ${entity} exactly once, in the new order`],
    });
  }
  for (const [i, id] of ids.entries()) await setChildSortOrder(tx, entity, id, i + 1);
  return {
    result: { ids: [...ids] },
    audit: { ...parent, before: siblings.map((s) => s.id), after: [...ids] },
  };
}
