import type { DbClient } from '../../../src/client.ts';
import type { ActionStatus, Rag } from '../../../src/generated/sqlite/enums.ts';

// Readers and small setters for actions, their milestones, KPI links and progress updates, that
// the API tests use to find rows to act on and to check what a procedure wrote.

/** What the tests check of an action after a write. */
export function readAction(db: DbClient, id: string) {
  return db.action.findUniqueOrThrow({
    where: { id },
    select: {
      title: true,
      status: true,
      version: true,
      progressPercent: true,
      ownerId: true,
      commitmentId: true,
      sortOrder: true,
      archivedAt: true,
    },
  });
}

/** A commitment's live actions' ids, in their order. */
export async function readLiveActionIds(db: DbClient, commitmentId: string) {
  const rows = await db.action.findMany({
    where: { commitmentId, archivedAt: null },
    orderBy: { sortOrder: 'asc' },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** Which actions a test counts; every field left out matches any. */
export type ActionCount = {
  organisationId?: string;
  ownerId?: string;
  code?: string;
  isLive?: boolean;
  statuses?: ActionStatus[];
};

export function countActions(db: DbClient, count: ActionCount) {
  return db.action.count({
    where: {
      organisationId: count.organisationId,
      ownerId: count.ownerId,
      code: count.code,
      status: count.statuses ? { in: count.statuses } : undefined,
      ...(count.isLive ? { archivedAt: null } : {}),
    },
  });
}

/**
 * An action of the owner with this status; `dueBefore` keeps to those due before that day (an
 * unfinished one past its due date is red whatever the owner says), `ownerRag` to that owner view.
 */
export function findActionOf(
  db: DbClient,
  organisationId: string,
  ownerEmail: string,
  which: { status: ActionStatus; dueBefore?: Date; ownerRag?: Rag },
) {
  return db.action.findFirstOrThrow({
    where: {
      organisationId,
      owner: { email: ownerEmail },
      status: which.status,
      dueDate: which.dueBefore ? { lt: which.dueBefore } : undefined,
      ownerRag: which.ownerRag,
    },
    select: { id: true, version: true },
  });
}

/** An action of the owner with KPIs and progress updates, and how many of each it has. */
export async function findActionWithUpdatesAndKpis(
  db: DbClient,
  organisationId: string,
  ownerEmail: string,
) {
  const action = await db.action.findFirstOrThrow({
    where: {
      organisationId,
      owner: { email: ownerEmail },
      kpis: { some: {} },
      updates: { some: {} },
    },
    select: { id: true, _count: { select: { updates: true, kpis: true } } },
  });
  return { id: action.id, updates: action._count.updates, kpis: action._count.kpis };
}

export async function setActionTitle(db: DbClient, id: string, title: string) {
  await db.action.update({ where: { id }, data: { title } });
}

/** Makes an action look created on that day, as one carried from before a period began. */
export async function setActionCreatedAt(db: DbClient, id: string, createdAt: Date) {
  await db.action.update({ where: { id }, data: { createdAt } });
}

/** Archives an action behind the API's back, as another admin's earlier archive would have. */
export async function setActionArchivedAt(db: DbClient, id: string, archivedAt: Date) {
  await db.action.update({ where: { id }, data: { archivedAt } });
}

/** The action's KPI links, with the trust each link row belongs to. */
export function readActionKpiLinks(db: DbClient, actionId: string) {
  return db.actionKpi.findMany({
    where: { actionId },
    select: { kpiId: true, organisationId: true },
  });
}

export function countActionKpiLinks(db: DbClient, actionId: string) {
  return db.actionKpi.count({ where: { actionId } });
}

export function countProgressUpdates(db: DbClient, actionId: string) {
  return db.progressUpdate.count({ where: { actionId } });
}

/** A stored progress update: its narrative and whether it is kept inside the trust. */
export function readProgressUpdate(db: DbClient, id: string) {
  return db.progressUpdate.findUniqueOrThrow({
    where: { id },
    select: { narrative: true, isInternal: true },
  });
}

/** The label of the period the action's newest progress update counts towards, if any. */
export async function readLatestUpdatePeriodLabel(db: DbClient, actionId: string) {
  const update = await db.progressUpdate.findFirstOrThrow({
    where: { actionId },
    orderBy: { createdAt: 'desc' },
    select: { period: { select: { label: true } } },
  });
  return update.period?.label;
}

export type NewProgressUpdate = {
  organisationId: string;
  actionId: string;
  periodId: string;
  authorId: string;
  narrative: string;
  progressPercent: number;
  status: ActionStatus;
};

export async function addProgressUpdate(db: DbClient, update: NewProgressUpdate) {
  await db.progressUpdate.create({ data: update });
}

/** What the tests check of a milestone after a write. */
export function readMilestone(db: DbClient, id: string) {
  return db.milestone.findUniqueOrThrow({
    where: { id },
    select: { actionId: true, archivedAt: true, atRisk: true },
  });
}

/** An action's live milestones' ids, in their order. */
export async function readLiveMilestoneIds(db: DbClient, actionId: string) {
  const rows = await db.milestone.findMany({
    where: { actionId, archivedAt: null },
    orderBy: { sortOrder: 'asc' },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export function countLiveMilestonesTitled(db: DbClient, actionId: string, title: string) {
  return db.milestone.count({ where: { actionId, title, archivedAt: null } });
}
