import {
  findArchivedAction,
  findArchivedAmbition,
  findArchivedCommitment,
  findArchivedKpi,
  findArchivedMilestone,
  findLiveAmbitionByNumber,
  restoreArchivedRow,
  writeWithAudit,
  type Actor,
  type Db,
  type RestorableEntity,
} from '@belonging/db';
import { ApiError } from '../../errors.ts';
import { requireFreeActionCode, requireFreeCommitmentCode } from './sibling-codes.ts';

function notArchived(what: string): ApiError {
  return new ApiError('NOT_FOUND', `That ${what} is not archived in your trust.`);
}

/** Its parent must be live first: restoring under an archived parent would hide it again. */
function requireLiveParent(
  parent: { archivedAt: Date | null } | null,
  item: string,
  parentName: string,
) {
  if (parent?.archivedAt) {
    throw new ApiError(
      'BAD_REQUEST',
      `${item} cannot be restored while ${parentName} is archived: restore ${parentName} first.`,
    );
  }
}

/** Puts the row back in one transaction with its one `restore` audit event. */
function restore<T extends { id: string; archivedAt: Date | null }>(
  db: Db,
  actor: Actor,
  entity: RestorableEntity,
  item: T,
) {
  return writeWithAudit(db, actor, async (tx) => {
    if (!(await restoreArchivedRow(tx, entity, item.id))) throw notArchived(entity);
    const after = { ...item, archivedAt: null };
    return {
      result: after,
      audit: {
        entity,
        entityId: item.id,
        operation: 'restore',
        before: { archivedAt: item.archivedAt },
        after,
      },
    };
  });
}

export async function restoreAmbition(db: Db, actor: Actor, id: string) {
  const found = await findArchivedAmbition(db, { organisationId: actor.organisationId, id });
  if (!found) throw notArchived('ambition');
  const clash = await findLiveAmbitionByNumber(db, found);
  if (clash) {
    const message = `Ambition ${found.number} cannot be restored: the live ambition ${clash.number} “${clash.title}” has its number. Change that ambition’s number first.`;
    throw new ApiError('BAD_REQUEST', message, { number: [message] });
  }
  return restore(db, actor, 'ambition', found);
}

export async function restoreCommitment(db: Db, actor: Actor, id: string) {
  const found = await findArchivedCommitment(db, { organisationId: actor.organisationId, id });
  if (!found) throw notArchived('commitment');
  const { ambition, ...commitment } = found;
  requireLiveParent(ambition, `Commitment ${found.code}`, `ambition ${ambition.number}`);
  await requireFreeCommitmentCode(db, actor, found);
  return restore(db, actor, 'commitment', commitment);
}

export async function restoreAction(db: Db, actor: Actor, id: string) {
  const found = await findArchivedAction(db, { organisationId: actor.organisationId, id });
  if (!found) throw notArchived('action');
  const { commitment, ...action } = found;
  requireLiveParent(commitment, `Action ${found.code}`, `commitment ${commitment.code}`);
  await requireFreeActionCode(db, actor, found);
  return restore(db, actor, 'action', { ...action, version: action.version + 1 });
}

export async function restoreMilestone(db: Db, actor: Actor, id: string) {
  const found = await findArchivedMilestone(db, { organisationId: actor.organisationId, id });
  if (!found) throw notArchived('milestone');
  const { action, ...milestone } = found;
  requireLiveParent(action, `Milestone “${found.title}”`, `action ${action.code}`);
  return restore(db, actor, 'milestone', milestone);
}

export async function restoreKpi(db: Db, actor: Actor, id: string) {
  const found = await findArchivedKpi(db, { organisationId: actor.organisationId, id });
  if (!found) throw notArchived('KPI');
  const { ambition, commitment, ...kpi } = found;
  // KPI codes are unique in the trust, archived or not, so only the parent can stand in the way.
  if (commitment) requireLiveParent(commitment, kpi.code, `commitment ${commitment.code}`);
  if (ambition) requireLiveParent(ambition, kpi.code, `ambition ${ambition.number}`);
  return restore(db, actor, 'kpi', { ...kpi, version: kpi.version + 1 });
}
