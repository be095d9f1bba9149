import type { ApiTestBed } from './index.ts';
import {
  freshAction,
  freshAmbition,
  freshCommitment,
  freshKpi,
  freshMilestone,
  freshUser,
} from './admin-fixtures.ts';

// Archived rows for the restore tests and the authorisation matrix: each under a live parent and
// with a code or number nothing live uses, so restoring it succeeds.

const archivedAt = new Date('2026-01-15T10:00:00Z');

export async function archivedAmbition(bed: ApiTestBed) {
  const { id, number } = await freshAmbition(bed);
  await bed.db.ambition.update({ where: { id }, data: { archivedAt } });
  return { id, number };
}

export async function archivedCommitment(bed: ApiTestBed) {
  const { id } = await freshCommitment(bed);
  await bed.db.commitment.update({ where: { id }, data: { archivedAt } });
  return { id };
}

export async function archivedAction(bed: ApiTestBed) {
  const { id } = await freshAction(bed);
  await bed.db.action.update({ where: { id }, data: { archivedAt } });
  return { id };
}

export async function archivedMilestone(bed: ApiTestBed) {
  const { id } = await freshMilestone(bed);
  await bed.db.milestone.update({ where: { id }, data: { archivedAt } });
  return { id };
}

export async function archivedKpi(bed: ApiTestBed) {
  const { id } = await freshKpi(bed);
  await bed.db.kpi.update({ where: { id }, data: { archivedAt } });
  return { id };
}

export async function deactivatedUser(bed: ApiTestBed) {
  const { id } = await freshUser(bed);
  await bed.db.user.update({ where: { id }, data: { isActive: false, deactivatedAt: archivedAt } });
  return { id };
}
