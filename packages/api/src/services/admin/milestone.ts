import {
  findLiveMilestone,
  findMilestoneById,
  holdRow,
  insertMilestone,
  markMilestoneArchived,
  updateMilestoneFields,
  writeWithAudit,
  type Actor,
  type Db,
} from '@belonging/db';
import type {
  TAdminMilestoneCreateInput,
  TAdminMilestoneReorderInput,
  TAdminMilestoneUpdateInput,
} from '@belonging/domain';
import { checkMilestone } from './milestone-checks.ts';
import { ApiError } from '../../errors.ts';
import { liveAction } from './lookups.ts';
import { saveOrder } from './reorder.ts';

async function liveMilestone(db: Db, actor: Actor, id: string) {
  const milestone = await findLiveMilestone(db, { organisationId: actor.organisationId, id });
  if (!milestone) throw new ApiError('NOT_FOUND', 'That milestone does not exist in your trust.');
  return milestone;
}

export async function createMilestone(db: Db, actor: Actor, input: TAdminMilestoneCreateInput) {
  await liveAction(db, actor, input.actionId);
  await checkMilestone(db, actor, { ...input, checkDueDate: true });
  return writeWithAudit(db, actor, async (tx) => {
    const milestone = await insertMilestone(tx, {
      organisationId: actor.organisationId,
      actionId: input.actionId,
      title: input.title,
      dueDate: input.dueDate,
      atRisk: input.atRisk,
      evidenceUrl: input.evidenceUrl,
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
    // Held before the read, so concurrent edits each audit the state the one before left.
    await holdRow(tx, 'Milestone', input.id);
    const before = await findMilestoneById(tx, input.id);
    const after = await updateMilestoneFields(tx, input.id, input);
    return {
      result: after,
      audit: { entity: 'milestone', entityId: after.id, operation: 'update', before, after },
    };
  });
}

export async function archiveMilestone(db: Db, actor: Actor, id: string) {
  await liveMilestone(db, actor, id);
  return writeWithAudit(db, actor, async (tx) => {
    const after = await markMilestoneArchived(tx, id);
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
  return writeWithAudit(db, actor, (tx) =>
    saveOrder(tx, {
      entity: 'milestone',
      organisationId: actor.organisationId,
      ids: input.ids,
      parent: { entity: 'action', entityId: input.actionId, operation: 'reorder_milestones' },
    }),
  );
}
