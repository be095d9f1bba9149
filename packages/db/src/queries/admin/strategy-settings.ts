import type { DbClient } from '../../client.ts';
import { strategySettingsSelect } from '../../reports/load-strategy.ts';
import type { TAdminStrategySaveInput } from '@belonging/domain';

// Writes of the trust's strategy settings: its title, years and roll-up rule (read with
// `findCurrentStrategy`).

const settingsOf = (input: TAdminStrategySaveInput) => ({
  title: input.title,
  startYear: input.startYear,
  endYear: input.endYear,
  rollupRule: input.rollupRule,
  redShare: input.redShare,
});

export function updateStrategySettings(db: DbClient, id: string, input: TAdminStrategySaveInput) {
  return db.strategy.update({
    where: { id },
    data: settingsOf(input),
    select: strategySettingsSelect,
  });
}

export function createStrategy(
  db: DbClient,
  { organisationId, ...input }: TAdminStrategySaveInput & { organisationId: string },
) {
  return db.strategy.create({
    data: { organisationId, ...settingsOf(input) },
    select: strategySettingsSelect,
  });
}
