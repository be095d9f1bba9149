import type { Db } from '@belonging/db';
import type {
  TAdminMilestoneCreateInput,
  TAdminMilestoneReorderInput,
  TAdminMilestoneUpdateInput,
} from '@belonging/domain';
import { checkMilestone } from './milestone-checks.ts';
import { ApiError } from '../../errors.ts';
import { writeWithAudit, type Actor } from '@belonging/db';
import { liveAction } from './lookups.ts';
import { saveOrder } from './reorder.ts';

const milestoneSelect = {
  id: true,
  actionId: true,
  title: true,
  dueDate: true,
  completedAt: true,
  atRisk: true,
  evidenceUrl: true,
  sortOrder: true,
  archivedAt: true,
} as const;

async function liveMilestone(db: Db, actor: Actor, id: string) {
  const milestone = await db.milestone.findFirst({
    where: { id, organisationId: actor.organisationId, archivedAt: null },
    select: { id: true, actionId: true, title: true, dueDate: true },
  });
  if (!milestone) throw new ApiError('NOT_FOUND', 'That milestone does not exist in your trust.');
  return milestone;
}

export async function createMilestone(db: Db, actor: Actor, input: TAdminMilestoneCreateInput) {
  await liveAction(db, actor, input.actionId);
  await checkMilestone(db, actor, { ...input, checkDueDate: true });
  return writeWithAudit(db, actor, async (tx) => {
    const last = await tx.milestone.aggregate({
      where: { actionId: input.actionId },
      _max: { sortOrder: true },
    });
    const milestone = await tx.milestone.create({
      data: {
        organisationId: actor.organisationId,
        actionId: input.actionId,
        title: input.title,
        dueDate: input.dueDate,
        atRisk: input.atRisk,
        evidenceUrl: input.evidenceUrl ?? null,
        sortOrder: (last._max.sortOrder ?? 0) + 1,
      },
      select: milestoneSelect,
    });
    return {
      result: milestone,
      audit: { entity: 'milestone', entityId: milestone.id, operation: 'create', after: milestone },
    };
  });
}

export async function updateMilestone(db: Db, actor: Actor, input: TAdminMilestoneUpdateInput) {
  const current = await liveMilestone(db, actor, input.id);
  const title = input.title ?? current.title;
  const dueDate = input.dueDate ?? current.dueDate;
  const dueDateMoved = dueDate.getTime() !== current.dueDate.getTime();
  // An unchanged title and day pass, so a milestone saved before these rules can still be edited.
  if (dueDateMoved || title !== current.title) {
    await checkMilestone(db, actor, {
      actionId: current.actionId,
      exceptId: current.id,
      title,
      dueDate,
      confirmDuplicate: input.confirmDuplicate,
      checkDueDate: dueDateMoved,
    });
  }
  return writeWithAudit(db, actor, async (tx) => {
    const before = await tx.milestone.findUniqueOrThrow({
      where: { id: input.id },
      select: milestoneSelect,
    });
    const after = await tx.milestone.update({
      where: { id: input.id },
      data: {
        title: input.title,
        dueDate: input.dueDate,
        completedAt: input.completedAt,
        atRisk: input.atRisk,
        evidenceUrl: input.evidenceUrl,
      },
      select: milestoneSelect,
    });
    return {
      result: after,
      audit: { entity: 'milestone', entityId: after.id, operation: 'update', before, after },
    };
  });
}

export async function archiveMilestone(db: Db, actor: Actor, id: string) {
  await liveMilestone(db, actor, id);
  return writeWithAudit(db, actor, async (tx) => {
    const after = await tx.milestone.update({
      where: { id },
      data: { archivedAt: new Date() },
      select: milestoneSelect,
    });
    return {
      result: after,
      audit: {
        entity: 'milestone',
        entityId: id,
        operation: 'archive',
        before: { archivedAt: null },
        after,
      },
    };
  });
}

export async function reorderMilestones(db: Db, actor: Actor, input: TAdminMilestoneReorderInput) {
  await liveAction(db, actor, input.actionId);
  return writeWithAudit(db, actor, async (tx) => {
    const siblings = await tx.milestone.findMany({
      where: { actionId: input.actionId, organisationId: actor.organisationId, archivedAt: null },
      orderBy: [{ sortOrder: 'asc' }, { dueDate: 'asc' }],
      select: { id: true },
    });
    return saveOrder({
      ids: input.ids,
      siblings,
      what: 'milestone',
      setSortOrder: (id, sortOrder) => tx.milestone.update({ where: { id }, data: { sortOrder } }),
      parent: { entity: 'action', entityId: input.actionId, operation: 'reorder_milestones' },
    });
  });
}
