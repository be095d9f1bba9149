import type { DbClient } from '../../client.ts';
import type { ActionStatus } from '../../generated/sqlite/enums.ts';
import { nextSortOrder } from './sort-order.ts';
import { tagList, tagSelect } from './tags.ts';

// Reads and writes of a commitment's actions for the EDI team's edit form.

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
  isInternal: true,
  version: true,
  sortOrder: true,
  archivedAt: true,
  tags: { select: tagSelect },
  kpis: { select: { kpiId: true } },
} as const;

/** An action as the admin app and the audit trail show it, with its tags and linked KPI ids. */
export async function findActionForAdmin(db: DbClient, id: string) {
  const { tags, kpis, ...action } = await db.action.findUniqueOrThrow({
    where: { id },
    select: actionSelect,
  });
  return { ...action, tags: tagList(tags), kpiIds: kpis.map((k) => k.kpiId).sort() };
}

/** Adds an action after the commitment's last; its original due date is its due date. */
export async function insertAction(
  db: DbClient,
  input: {
    organisationId: string;
    commitmentId: string;
    code: string;
    title: string;
    description?: string;
    ownerId: string;
    deliveryLead?: string;
    startDate?: Date | null;
    dueDate: Date;
    status: ActionStatus;
    completedAt: Date | null;
    bafRiskRef?: string | null;
  },
) {
  return db.action.create({
    data: {
      organisationId: input.organisationId,
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
      completedAt: input.completedAt,
      bafRiskRef: input.bafRiskRef ?? null,
      sortOrder: await nextSortOrder(db, 'action', input.commitmentId),
    },
    select: { id: true },
  });
}

/**
 * Changes the fields given and moves the version on, only while the action is still at the
 * version the editor opened; false when someone else saved first.
 */
export async function updateActionIfVersion(
  db: DbClient,
  input: {
    id: string;
    expectedVersion: number;
    commitmentId?: string;
    code?: string;
    title?: string;
    description?: string;
    ownerId?: string;
    deliveryLead?: string;
    startDate: Date | null;
    dueDate: Date;
    status: ActionStatus;
    completedAt: Date | null;
    bafRiskRef?: string | null;
  },
) {
  const moved = await db.action.updateMany({
    where: { id: input.id, version: input.expectedVersion },
    data: {
      commitmentId: input.commitmentId,
      code: input.code,
      title: input.title,
      description: input.description,
      ownerId: input.ownerId,
      deliveryLead: input.deliveryLead,
      startDate: input.startDate,
      dueDate: input.dueDate,
      status: input.status,
      completedAt: input.completedAt,
      bafRiskRef: input.bafRiskRef,
      version: { increment: 1 },
    },
  });
  return moved.count > 0;
}

/** Archives a live action still at the version the editor opened; false otherwise. */
export async function archiveActionIfVersion(
  db: DbClient,
  { id, expectedVersion }: { id: string; expectedVersion: number },
) {
  const moved = await db.action.updateMany({
    where: { id, version: expectedVersion, archivedAt: null },
    data: { archivedAt: new Date(), version: { increment: 1 } },
  });
  return moved.count > 0;
}
