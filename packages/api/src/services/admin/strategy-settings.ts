import {
  createStrategy,
  findCurrentStrategy,
  updateStrategySettings,
  writeWithAudit,
  type Actor,
  type Db,
} from '@belonging/db';
import { rollupRuleOf, type TAdminStrategySaveInput } from '@belonging/domain';

/** The trust's current strategy settings, or null when the trust has no strategy yet. */
export async function getStrategySettings(db: Db, actor: Actor) {
  const strategy = await findCurrentStrategy(db, actor.organisationId);
  return strategy ? { ...strategy, rollupRule: rollupRuleOf(strategy.rollupRule) } : null;
}

/** Creates the trust's strategy when it has none, else changes the current one. */
export async function saveStrategySettings(db: Db, actor: Actor, input: TAdminStrategySaveInput) {
  return writeWithAudit(db, actor, async (tx) => {
    const before = await findCurrentStrategy(tx, actor.organisationId);
    const after = before
      ? await updateStrategySettings(tx, before.id, input)
      : await createStrategy(tx, { organisationId: actor.organisationId, ...input });
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
