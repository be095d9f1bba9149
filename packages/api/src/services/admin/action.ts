import { replaceActionKpis, replaceActionTags, type Db, type DbTransaction } from '@belonging/db';
import {
  londonDay,
  type TAdminActionArchiveInput,
  type TAdminActionCreateInput,
  type TAdminActionReorderInput,
  type TAdminActionUpdateInput,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';
import { writeWithAudit, type Actor } from '@belonging/db';
import {
  liveCommitment,
  requireExecutiveOwner,
  requireLiveKpis,
  versionConflict,
} from './lookups.ts';
import { saveOrder } from './reorder.ts';
import { requireFreeActionCode } from './sibling-codes.ts';
import { tagIdsOf, tagList, tagSelect } from './tags.ts';

const actionSelect = {
  id: true,
  commitmentId: true,
  code: true,
  title: true,
  description: true,
  ownerId: true,
  deliveryLead: true,
  startDate: true,
  dueDate: true,
  originalDueDate: true,
  status: true,
  completedAt: true,
  bafRiskRef: true,
  version: true,
  sortOrder: true,
  archivedAt: true,
  tags: { select: tagSelect },
  kpis: { select: { kpiId: true } },
} as const;

/** An action as the admin app and the audit trail show it. */
async function readAction(tx: DbTransaction, id: string) {
  const { tags, kpis, ...action } = await tx.action.findUniqueOrThrow({
    where: { id },
    select: actionSelect,
  });
  return { ...action, tags: tagList(tags), kpiIds: kpis.map((k) => k.kpiId).sort() };
}

async function liveAction(db: Db, actor: Actor, id: string) {
  const action = await db.action.findFirst({
    where: { id, organisationId: actor.organisationId, archivedAt: null },
    select: {
      id: true,
      code: true,
      commitmentId: true,
      version: true,
      status: true,
      completedAt: true,
      startDate: true,
      dueDate: true,
    },
  });
  if (!action) throw new ApiError('NOT_FOUND', 'That action does not exist in your trust.');
  return action;
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
    const last = await tx.action.aggregate({
      where: { commitmentId: input.commitmentId },
      _max: { sortOrder: true },
    });
    const created = await tx.action.create({
      data: {
        organisationId: actor.organisationId,
        commitmentId: input.commitmentId,
        code: input.code,
        title: input.title,
        description: input.description ?? '',
        ownerId: input.ownerId,
        deliveryLead: input.deliveryLead ?? '',
        startDate: input.startDate ?? null,
        dueDate: input.dueDate,
        originalDueDate: input.dueDate,
        status: input.status,
        completedAt: input.status === 'complete' ? (input.completedAt ?? londonDay(now)) : null,
        bafRiskRef: input.bafRiskRef ?? null,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
      select: { id: true },
    });
    await replaceActionTags(tx, {
      organisationId: actor.organisationId,
      actionId: created.id,
      tagIds: await tagIdsOf(tx, input.tags),
    });
    await replaceActionKpis(tx, {
      organisationId: actor.organisationId,
      actionId: created.id,
      kpiIds: input.kpiIds,
    });
    const after = await readAction(tx, created.id);
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
  const completedAt =
    status === 'complete' ? (input.completedAt ?? current.completedAt ?? londonDay(now)) : null;
  const startDate = input.startDate === undefined ? current.startDate : input.startDate;
  const dueDate = input.dueDate ?? current.dueDate;
  if (startDate && startDate > dueDate) {
    throw new ApiError('BAD_REQUEST', 'The due date cannot be before the start date.', {
      dueDate: ['The due date cannot be before the start date'],
    });
  }

  return writeWithAudit(db, actor, async (tx) => {
    const before = await readAction(tx, input.id);
    const moved = await tx.action.updateMany({
      where: { id: input.id, version: input.expectedVersion },
      data: {
        commitmentId: input.commitmentId,
        code: input.code,
        title: input.title,
        description: input.description,
        ownerId: input.ownerId,
        deliveryLead: input.deliveryLead,
        startDate,
        dueDate,
        status,
        completedAt,
        bafRiskRef: input.bafRiskRef,
        version: { increment: 1 },
      },
    });
    if (moved.count === 0) throw versionConflict('action', before.version);
    if (input.tags) {
      await replaceActionTags(tx, {
        organisationId: actor.organisationId,
        actionId: input.id,
        tagIds: await tagIdsOf(tx, input.tags),
      });
    }
    if (input.kpiIds)
      await replaceActionKpis(tx, {
        organisationId: actor.organisationId,
        actionId: input.id,
        kpiIds: input.kpiIds,
      });
    const after = await readAction(tx, input.id);
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
    const moved = await tx.action.updateMany({
      where: { id: input.id, version: input.expectedVersion, archivedAt: null },
      data: { archivedAt: new Date(), version: { increment: 1 } },
    });
    if (moved.count === 0) throw versionConflict('action', current.version);
    const after = await readAction(tx, input.id);
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
  return writeWithAudit(db, actor, async (tx) => {
    const siblings = await tx.action.findMany({
      where: {
        commitmentId: input.commitmentId,
        organisationId: actor.organisationId,
        archivedAt: null,
      },
      orderBy: [{ sortOrder: 'asc' }, { code: 'asc' }],
      select: { id: true },
    });
    return saveOrder({
      ids: input.ids,
      siblings,
      what: 'action',
      setSortOrder: (id, sortOrder) => tx.action.update({ where: { id }, data: { sortOrder } }),
      parent: { entity: 'commitment', entityId: input.commitmentId, operation: 'reorder_actions' },
    });
  });
}

/** Everything the action edit form shows, with its live milestones. */
export async function getActionForEdit(db: Db, actor: Actor, id: string) {
  await liveAction(db, actor, id);
  return db.$transaction(async (tx) => {
    const action = await readAction(tx, id);
    const milestones = await tx.milestone.findMany({
      where: { actionId: id, archivedAt: null },
      orderBy: [{ sortOrder: 'asc' }, { dueDate: 'asc' }],
      select: {
        id: true,
        title: true,
        dueDate: true,
        completedAt: true,
        atRisk: true,
        evidenceUrl: true,
        sortOrder: true,
      },
    });
    return { ...action, milestones };
  });
}
