import {
  createArchivedAction,
  createArchivedAmbition,
  createArchivedCommitment,
  createArchivedKpi,
  createArchivedMilestone,
  createDeactivatedUser,
} from '@belonging/db/testing';
import type { ApiTestBed } from './index.ts';

// Archived rows for the restore tests and the authorisation matrix: each under a live parent and
// with a code or number nothing live uses, so restoring it succeeds. Actions belong to the chief
// people officer.

const owner = async (bed: ApiTestBed) => ({
  organisationId: bed.organisationId,
  ownerId: await bed.userId('chief.people@belonging.test'),
});

export async function archivedAmbition(bed: ApiTestBed) {
  return createArchivedAmbition(bed.db, bed.organisationId);
}

export async function archivedCommitment(bed: ApiTestBed) {
  return createArchivedCommitment(bed.db, bed.organisationId);
}

export async function archivedAction(bed: ApiTestBed) {
  return createArchivedAction(bed.db, await owner(bed));
}

export async function archivedMilestone(bed: ApiTestBed) {
  return createArchivedMilestone(bed.db, await owner(bed));
}

export async function archivedKpi(bed: ApiTestBed) {
  return createArchivedKpi(bed.db, bed.organisationId);
}

export async function deactivatedUser(bed: ApiTestBed) {
  return createDeactivatedUser(bed.db, bed.organisationId);
}
