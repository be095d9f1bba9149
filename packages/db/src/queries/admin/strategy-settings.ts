import type { DbClient } from '../../client.ts';
import type { TAdminStrategySaveInput } from '@belonging/domain';

// Writes of the trust's strategy settings: its title, years and roll-up rule (read with
// `findCurrentStrategy`).

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
