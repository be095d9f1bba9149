import type { DbClient } from '../../client.ts';

// The order of a parent's live children: ambitions of a strategy, commitments of an ambition,
// actions of a commitment, milestones of an action.

export type OrderedEntity = 'ambition' | 'commitment' | 'action' | 'milestone';

/** The sort order one past the parent's last child, archived children included. */
export async function nextSortOrder(db: DbClient, entity: OrderedEntity, parentId: string) {
  const _max = { sortOrder: true } as const;
  const last =
    entity === 'ambition'
      ? await db.ambition.aggregate({ where: { strategyId: parentId }, _max })
      : entity === 'commitment'
        ? await db.commitment.aggregate({ where: { ambitionId: parentId }, _max })
        : entity === 'action'
          ? await db.action.aggregate({ where: { commitmentId: parentId }, _max })
          : await db.milestone.aggregate({ where: { actionId: parentId }, _max });
  return (last._max.sortOrder ?? 0) + 1;
}

/** The ids of the parent's live children in their current order. */
export function findLiveChildIds(
  db: DbClient,
  entity: OrderedEntity,
  { organisationId, parentId }: { organisationId: string; parentId: string },
): Promise<{ id: string }[]> {
  const scope = { organisationId, archivedAt: null };
  const select = { id: true } as const;
  switch (entity) {
    case 'ambition':
      return db.ambition.findMany({
        where: { strategyId: parentId, ...scope },
        orderBy: [{ sortOrder: 'asc' }, { number: 'asc' }],
        select,
      });
    case 'commitment':
      return db.commitment.findMany({
        where: { ambitionId: parentId, ...scope },
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
        select,
      });
    case 'action':
      return db.action.findMany({
        where: { commitmentId: parentId, ...scope },
        orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
        select,
      });
    case 'milestone':
      return db.milestone.findMany({
        where: { actionId: parentId, ...scope },
        orderBy: [{ sortOrder: 'asc' }, { dueDate: 'asc' }],
        select,
      });
  }
}

/** Moves one child to a place in its parent's order; its content and version stay as they are. */
export async function setChildSortOrder(
  db: DbClient,
  entity: OrderedEntity,
  id: string,
  sortOrder: number,
) {
  const args = { where: { id }, data: { sortOrder }, select: { id: true } };
  if (entity === 'ambition') await db.ambition.update(args);
  else if (entity === 'commitment') await db.commitment.update(args);
  else if (entity === 'action') await db.action.update(args);
  else await db.milestone.update(args);
}
