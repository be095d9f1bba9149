import type { DbClient } from '../../client.ts';
import { milestoneSelect as shownSelect } from '../action-select.ts';
import { nextSortOrder } from './sort-order.ts';

// Reads and writes of an action's milestones for the EDI team.

const listedSelect = { ...shownSelect, sortOrder: true } as const;
const milestoneSelect = { ...listedSelect, actionId: true, archivedAt: true } as const;

type MilestoneFields = {
  title?: string;
  dueDate?: Date;
  completedAt?: Date | null;
  atRisk?: boolean;
  evidenceUrl?: string | null;
};

export function findMilestoneById(db: DbClient, id: string) {
  return db.milestone.findUniqueOrThrow({ where: { id }, select: milestoneSelect });
}

/** An action's live milestones in their order, as its edit form lists them. */
export function findLiveMilestonesOfAction(db: DbClient, actionId: string) {
  return db.milestone.findMany({
    where: { actionId, archivedAt: null },
    orderBy: [{ sortOrder: 'asc' }, { dueDate: 'asc' }],
    select: listedSelect,
  });
}

/** Adds a milestone after the action's last. */
export async function insertMilestone(
  db: DbClient,
  input: {
    organisationId: string;
    actionId: string;
    title: string;
    dueDate: Date;
    atRisk: boolean;
    evidenceUrl?: string | null;
  },
) {
  return db.milestone.create({
    data: {
      organisationId: input.organisationId,
      actionId: input.actionId,
      title: input.title,
      dueDate: input.dueDate,
      atRisk: input.atRisk,
      evidenceUrl: input.evidenceUrl ?? null,
      sortOrder: await nextSortOrder(db, 'milestone', input.actionId),
    },
    select: milestoneSelect,
  });
}

/** Changes only the fields given. */
export function updateMilestoneFields(db: DbClient, id: string, fields: MilestoneFields) {
  return db.milestone.update({
    where: { id },
    data: {
      title: fields.title,
      dueDate: fields.dueDate,
      completedAt: fields.completedAt,
      atRisk: fields.atRisk,
      evidenceUrl: fields.evidenceUrl,
    },
    select: milestoneSelect,
  });
}

export function markMilestoneArchived(db: DbClient, id: string) {
  return db.milestone.update({
    where: { id },
    data: { archivedAt: new Date() },
    select: milestoneSelect,
  });
}
