import {
  countLiveKpis,
  findCurrentStrategy,
  findLiveAction,
  findLiveAmbition,
  findLiveCommitment,
  hasActiveRole,
  type Actor,
  type DbClient,
} from '@belonging/db';
import { ApiError } from '../../errors.ts';

/** The trust's current strategy: the newest one not archived. */
export async function currentStrategy(db: DbClient, organisationId: string) {
  const strategy = await findCurrentStrategy(db, organisationId);
  if (!strategy) throw new ApiError('NOT_FOUND', 'Your trust has no strategy yet.');
  return { id: strategy.id };
}

/** A live ambition of the caller's trust; anything else (another trust's, archived) is NOT_FOUND. */
export async function liveAmbition(db: DbClient, actor: Actor, id: string) {
  const ambition = await findLiveAmbition(db, { organisationId: actor.organisationId, id });
  if (!ambition)
    throw new ApiError('NOT_FOUND', 'That ambition does not exist in your trust.', {
      ambitionId: ['Choose an ambition of your trust'],
    });
  return ambition;
}

export async function liveCommitment(db: DbClient, actor: Actor, id: string) {
  const commitment = await findLiveCommitment(db, { organisationId: actor.organisationId, id });
  if (!commitment) {
    throw new ApiError('NOT_FOUND', 'That commitment does not exist in your trust.', {
      commitmentId: ['Choose a commitment of your trust'],
    });
  }
  return commitment;
}

/** A live action of the caller's trust; anything else is NOT_FOUND, naming the field. */
export async function liveAction(db: DbClient, actor: Actor, id: string) {
  const action = await findLiveAction(db, { organisationId: actor.organisationId, id });
  if (!action) {
    throw new ApiError('NOT_FOUND', 'That action does not exist in your trust.', {
      actionId: ['Choose an action of your trust'],
    });
  }
  return action;
}

/** Refuses an owner who is not an active executive owner of the trust, naming the field. */
export async function requireExecutiveOwner(
  db: DbClient,
  actor: Actor,
  userId: string,
  field: string,
) {
  const ok = await hasActiveRole(db, {
    organisationId: actor.organisationId,
    userId,
    role: 'executive_owner',
  });
  if (!ok) {
    throw new ApiError(
      'BAD_REQUEST',
      'The owner must be an active executive owner of your trust.',
      {
        [field]: ['Choose an active executive owner of your trust'],
      },
    );
  }
}

/** Refuses KPI ids that are not live KPIs of the trust. */
export async function requireLiveKpis(db: DbClient, actor: Actor, kpiIds: readonly string[]) {
  if (kpiIds.length === 0) return;
  const found = await countLiveKpis(db, { organisationId: actor.organisationId, ids: kpiIds });
  if (found !== new Set(kpiIds).size) {
    throw new ApiError('BAD_REQUEST', 'Some linked KPIs do not exist in your trust.', {
      kpiIds: ['Link only live KPIs of your trust'],
    });
  }
}

/** A stale expectedVersion: nothing changed, and the caller learns the current version. */
export function versionConflict(what: string, currentVersion: number): ApiError {
  return new ApiError(
    'CONFLICT',
    `Someone changed this ${what} after you opened it. Reload to see their changes, then make yours again.`,
    undefined,
    { currentVersion },
  );
}
