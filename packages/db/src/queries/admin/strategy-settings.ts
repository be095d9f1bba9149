import type { DbClient } from '../../client.ts';
import type { TAdminStrategySaveInput } from '@belonging/domain';

// The trust's strategy settings: its title, years and roll-up rule.

const settingsSelect = {
  id: true,
  title: true,
  startYear: true,
  endYear: true,
  rollupRule: true,
  redShare: true,
} as const;

const settingsOf = (input: TAdminStrategySaveInput) => ({
  title: input.title,
  startYear: input.startYear,
  endYear: input.endYear,
  rollupRule: input.rollupRule,
  redShare: input.redShare,
});

/** The settings of the trust's current strategy (the newest not archived), or null. */
export function findStrategySettings(db: DbClient, { organisationId }: { organisationId: string }) {
  return db.strategy.findFirst({
    where: { organisationId, archivedAt: null },
    orderBy: { createdAt: 'desc' },
    select: settingsSelect,
  });
}

export function updateStrategySettings(db: DbClient, id: string, input: TAdminStrategySaveInput) {
  return db.strategy.update({ where: { id }, data: settingsOf(input), select: settingsSelect });
}

export function createStrategy(
  db: DbClient,
  { organisationId, ...input }: TAdminStrategySaveInput & { organisationId: string },
) {
  return db.strategy.create({
    data: { organisationId, ...settingsOf(input) },
    select: settingsSelect,
  });
}
