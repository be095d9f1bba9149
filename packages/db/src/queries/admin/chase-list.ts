import type { DbClient } from '../../client.ts';

/**
 * What the chase list of every period is built from: the trust's live actions (under live
 * commitments and ambitions) with their owners, and the time and period of every update.
 */
export async function findChaseListData(
  db: DbClient,
  { organisationId }: { organisationId: string },
) {
  const live = { archivedAt: null };
  const [actions, updates] = await Promise.all([
    db.action.findMany({
      where: {
        organisationId,
        ...live,
        status: { in: ['not_started', 'in_progress'] },
        commitment: { ...live, ambition: live },
      },
      orderBy: [{ dueDate: 'asc' }, { code: 'asc' }],
      select: {
        id: true,
        code: true,
        title: true,
        dueDate: true,
        createdAt: true,
        owner: { select: { id: true, name: true, email: true } },
      },
    }),
    db.progressUpdate.findMany({
      where: { organisationId, action: live },
      select: { actionId: true, periodId: true, createdAt: true },
    }),
  ]);
  return { actions, updates };
}
