import {
  archiveActionIfVersion,
  findActionForAdmin,
  findLiveAction,
  findLiveMilestonesOfAction,
  inTransaction,
  insertAction,
  replaceActionKpis,
  replaceActionTags,
  updateActionIfVersion,
  writeWithAudit,
  type Actor,
  type Db,
  type DbTransaction,
} from '@belonging/db';
import {
  actionDatesProblem,
  completionDay,
  type TAdminActionArchiveInput,
  type TAdminActionCreateInput,
  type TAdminActionReorderInput,
  type TAdminActionUpdateInput,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import {
  liveCommitment,
  requireExecutiveOwner,
  requireLiveKpis,
  versionConflict,
} from './lookups.ts';
import { saveOrder } from './reorder.ts';
import { requireFreeActionCode } from './sibling-codes.ts';
import { tagIdsOf } from './tags.ts';

async function liveAction(db: Db, actor: Actor, id: string) {
  const action = await findLiveAction(db, { organisationId: actor.organisationId, id });
  if (!action) throw new ApiError('NOT_FOUND', 'That action does not exist in your trust.');
  return action;
}

/** Replaces the action's tags and linked KPIs with the lists given; a list not given stays. */
async function replaceActionLinks(
  tx: DbTransaction,
  actor: Actor,
  actionId: string,
  links: { tags?: TAdminActionCreateInput['tags']; kpiIds?: string[] },
) {
  const { organisationId } = actor;
  if (links.tags)
    await replaceActionTags(tx, {
      organisationId,
      actionId,
      tagIds: await tagIdsOf(tx, links.tags),
    });
  if (links.kpiIds) await replaceActionKpis(tx, { organisationId, actionId, kpiIds: links.kpiIds });
}

export async function createAction(
  db: Db,
  actor: Actor,
  input: TAdminActionCreateInput,
  now: Date,
) {
  await liveCommitment(db, actor, input.commitmentId);
  await requireFreeActionCode(db, actor, input);
  await requireExecutiveOwner(db, actor, input.ownerId, 'ownerId');
  await requireLiveKpis(db, actor, input.kpiIds);
  return writeWithAudit(db, actor, async (tx) => {
    const created = await insertAction(tx, {
      ...input,
      organisationId: actor.organisationId,
      completedAt: completionDay(input.status, input.completedAt, now),
    });
    await replaceActionLinks(tx, actor, created.id, input);
    const after = await findActionForAdmin(tx, created.id);
    return {
      result: after,
      audit: { entity: 'action', entityId: created.id, operation: 'create', after },
    };
  });
}

/** Changes only the fields given. The original due date never moves, so slippage stays visible. */
export async function updateAction(
  db: Db,
  actor: Actor,
  input: TAdminActionUpdateInput,
  now: Date,
) {
  const current = await liveAction(db, actor, input.id);
  if (current.version !== input.expectedVersion) throw versionConflict('action', current.version);
  if (input.commitmentId) await liveCommitment(db, actor, input.commitmentId);
  const commitmentId = input.commitmentId ?? current.commitmentId;
  const code = input.code ?? current.code;
  // Checked only when the code or its commitment changes, so an old clash never blocks other edits.
  if (commitmentId !== current.commitmentId || code !== current.code)
    await requireFreeActionCode(db, actor, { commitmentId, code, exceptId: current.id });
  if (input.ownerId) await requireExecutiveOwner(db, actor, input.ownerId, 'ownerId');
  if (input.kpiIds) await requireLiveKpis(db, actor, input.kpiIds);

  const status = input.status ?? current.status;
  const completedAt = completionDay(status, input.completedAt ?? current.completedAt, now);
  const startDate = input.startDate === undefined ? current.startDate : input.startDate;
  const dueDate = input.dueDate ?? current.dueDate;
  const datesProblem = actionDatesProblem(startDate, dueDate);
  if (datesProblem)
    throw new ApiError('BAD_REQUEST', `${datesProblem}.`, { dueDate: [datesProblem] });

  return writeWithAudit(db, actor, async (tx) => {
    const before = await findActionForAdmin(tx, input.id);
    const saved = await updateActionIfVersion(tx, {
      ...input,
      startDate,
      dueDate,
      status,
      completedAt,
    });
    if (!saved) throw versionConflict('action', before.version);
    await replaceActionLinks(tx, actor, input.id, input);
    const after = await findActionForAdmin(tx, input.id);
    return {
      result: after,
      audit: { entity: 'action', entityId: input.id, operation: 'update', before, after },
    };
  });
}

export async function archiveAction(db: Db, actor: Actor, input: TAdminActionArchiveInput) {
  const current = await liveAction(db, actor, input.id);
  if (current.version !== input.expectedVersion) throw versionConflict('action', current.version);
  return writeWithAudit(db, actor, async (tx) => {
    const archived = await archiveActionIfVersion(tx, input);
    if (!archived) throw versionConflict('action', current.version);
    const after = await findActionForAdmin(tx, input.id);
    return {
      result: after,
      audit: {
        entity: 'action',
        entityId: input.id,
        operation: 'archive',
        before: { archivedAt: null, version: current.version },
        after,
      },
    };
  });
}

export async function reorderActions(db: Db, actor: Actor, input: TAdminActionReorderInput) {
  await liveCommitment(db, actor, input.commitmentId);
  return writeWithAudit(db, actor, (tx) =>
    saveOrder(tx, {
      entity: 'action',
      organisationId: actor.organisationId,
      ids: input.ids,
      parent: { entity: 'commitment', entityId: input.commitmentId, operation: 'reorder_actions' },
    }),
  );
}

/** Everything the action edit form shows, with its live milestones. */
export async function getActionForEdit(db: Db, actor: Actor, id: string) {
  await liveAction(db, actor, id);
  return inTransaction(db, async (tx) => {
    const action = await findActionForAdmin(tx, id);
    const milestones = await findLiveMilestonesOfAction(tx, id);
    return { ...action, milestones };
  });
}
