import type { Prisma } from '../generated/sqlite/client.ts';

/** An action's own fields that its colour and its update form depend on. */
export const actionStateSelect = {
  id: true,
  code: true,
  title: true,
  status: true,
  startDate: true,
  dueDate: true,
  originalDueDate: true,
  completedAt: true,
  progressPercent: true,
  ownerRag: true,
  ownerRagReason: true,
  version: true,
  ownerId: true,
} satisfies Prisma.ActionSelect;

/** A milestone as its action's page and the EDI team's list show it. */
export const milestoneSelect = {
  id: true,
  title: true,
  dueDate: true,
  completedAt: true,
  atRisk: true,
  evidenceUrl: true,
} satisfies Prisma.MilestoneSelect;
