import type { DbClient } from '../client.ts';

const live = { archivedAt: null };

/** The trust's current strategy with its live ambitions, commitments, actions and KPIs. */
export async function findStrategyTree(db: DbClient, { organisationId }: { organisationId: string }) {
  return db.strategy.findFirst({
    where: { organisationId, ...live },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      title: true,
      startYear: true,
      endYear: true,
      rollupRule: true,
      redShare: true,
      ambitions: {
        where: live,
        orderBy: [{ sortOrder: 'asc' }, { number: 'asc' }],
        select: {
          id: true,
          number: true,
          title: true,
          description: true,
          commitments: {
            where: live,
            orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
            select: {
              id: true,
              code: true,
              title: true,
              actions: {
                where: live,
                orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
                select: {
                  id: true,
                  code: true,
                  title: true,
                  status: true,
                  startDate: true,
                  dueDate: true,
                  originalDueDate: true,
                  completedAt: true,
                  progressPercent: true,
                  ownerRag: true,
                  owner: { select: { id: true, name: true } },
                },
              },
            },
          },
        },
      },
    },
  });
}
