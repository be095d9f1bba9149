import type { DbClient } from '../../client.ts';

const archived = { archivedAt: { not: null } };
const newestFirst = { archivedAt: 'desc' } as const;

export type ArchivedEntity = 'ambition' | 'commitment' | 'action' | 'milestone' | 'kpi';

/** Who archived each item and when, read from its newest `archive` audit event. */
async function findArchiveEvents(
  db: DbClient,
  organisationId: string,
  entity: ArchivedEntity,
  ids: readonly string[],
) {
  if (ids.length === 0) return new Map<string, { at: Date; by: string | null }>();
  const events = await db.auditEvent.findMany({
    where: { organisationId, entity, operation: 'archive', entityId: { in: [...ids] } },
    orderBy: { at: 'asc' },
    select: { entityId: true, at: true, actor: { select: { name: true } } },
  });
  // Ascending, so the newest archive of an item restored and archived again wins.
  return new Map(events.map((e) => [e.entityId, { at: e.at, by: e.actor?.name ?? null }]));
}

async function withArchiveEvents<T extends { id: string; archivedAt: Date | null }>(
  db: DbClient,
  organisationId: string,
  entity: ArchivedEntity,
  rows: T[],
) {
  const events = await findArchiveEvents(
    db,
    organisationId,
    entity,
    rows.map((r) => r.id),
  );
  return rows.map((r) => {
    const event = events.get(r.id);
    return { ...r, archivedAt: event?.at ?? r.archivedAt, archivedBy: event?.by ?? null };
  });
}

/**
 * Everything archived in the trust's strategy, level by level, newest first: each with its parent
 * (and whether that parent is itself archived) and who archived it, when.
 */
export async function findArchivedStrategyItems(
  db: DbClient,
  { organisationId }: { organisationId: string },
) {
  const where = { organisationId, ...archived };
  const [ambitions, commitments, actions, milestones, kpis] = await Promise.all([
    db.ambition.findMany({
      where,
      orderBy: newestFirst,
      select: { id: true, number: true, title: true, archivedAt: true },
    }),
    db.commitment.findMany({
      where,
      orderBy: newestFirst,
      select: {
        id: true,
        code: true,
        title: true,
        archivedAt: true,
        ambition: { select: { number: true, title: true, archivedAt: true } },
      },
    }),
    db.action.findMany({
      where,
      orderBy: newestFirst,
      select: {
        id: true,
        code: true,
        title: true,
        archivedAt: true,
        commitment: { select: { code: true, title: true, archivedAt: true } },
      },
    }),
    db.milestone.findMany({
      where,
      orderBy: newestFirst,
      select: {
        id: true,
        title: true,
        dueDate: true,
        archivedAt: true,
        action: { select: { code: true, title: true, archivedAt: true } },
      },
    }),
    db.kpi.findMany({
      where,
      orderBy: newestFirst,
      select: {
        id: true,
        code: true,
        title: true,
        archivedAt: true,
        ambition: { select: { number: true, title: true, archivedAt: true } },
        commitment: { select: { code: true, title: true, archivedAt: true } },
      },
    }),
  ]);
  return {
    ambitions: await withArchiveEvents(db, organisationId, 'ambition', ambitions),
    commitments: await withArchiveEvents(db, organisationId, 'commitment', commitments),
    actions: await withArchiveEvents(db, organisationId, 'action', actions),
    milestones: await withArchiveEvents(db, organisationId, 'milestone', milestones),
    kpis: await withArchiveEvents(db, organisationId, 'kpi', kpis),
  };
}
