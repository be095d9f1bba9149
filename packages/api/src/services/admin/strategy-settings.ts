import type { Db } from '@belonging/db';
import type { TAdminStrategySaveInput } from '@belonging/domain';
import { writeWithAudit, type Actor } from '@belonging/db';

const settingsSelect = {
  id: true,
  title: true,
  startYear: true,
  endYear: true,
  rollupRule: true,
  redShare: true,
} as const;

/** The trust's current strategy settings, or null when the trust has no strategy yet. */
export async function getStrategySettings(db: Db, actor: Actor) {
  const strategy = await db.strategy.findFirst({
    where: { organisationId: actor.organisationId, archivedAt: null },
    orderBy: { createdAt: 'desc' },
    select: settingsSelect,
  });
  return strategy
    ? {
        ...strategy,
        rollupRule: strategy.rollupRule === 'worst' ? ('worst' as const) : ('threshold' as const),
      }
    : null;
}

/** Creates the trust's strategy when it has none, else changes the current one. */
export async function saveStrategySettings(db: Db, actor: Actor, input: TAdminStrategySaveInput) {
  const data = {
    title: input.title,
    startYear: input.startYear,
    endYear: input.endYear,
    rollupRule: input.rollupRule,
    redShare: input.redShare,
  };
  return writeWithAudit(db, actor, async (tx) => {
    const before = await tx.strategy.findFirst({
      where: { organisationId: actor.organisationId, archivedAt: null },
      orderBy: { createdAt: 'desc' },
      select: settingsSelect,
    });
    const after = before
      ? await tx.strategy.update({ where: { id: before.id }, data, select: settingsSelect })
      : await tx.strategy.create({
          data: { organisationId: actor.organisationId, ...data },
          select: settingsSelect,
        });
    return {
      result: after,
      audit: {
        entity: 'strategy',
        entityId: after.id,
        operation: before ? 'update' : 'create',
        before: before ?? undefined,
        after,
      },
    };
  });
}
