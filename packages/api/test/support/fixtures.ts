import { createComment } from '@belonging/db';
import {
  findLatestLockedPeriod,
  readActionOwnedBy,
  readKpiByCode,
  readKpiOwnedBy,
  readLatestUnlockedPeriod,
  readMilestoneOwnedBy,
} from '@belonging/db/testing';
import type { ApiTestBed } from './index.ts';

/** Finders for rows of the demo trust that tests act on, chosen by owner so tests read plainly. */

export async function actionOwnedBy(
  bed: ApiTestBed,
  email: string,
  where: { status?: 'in_progress' | 'complete' } = {},
) {
  return readActionOwnedBy(bed.db, { organisationId: bed.organisationId, email, ...where });
}

export async function milestoneOwnedBy(bed: ApiTestBed, email: string) {
  return readMilestoneOwnedBy(bed.db, { organisationId: bed.organisationId, email });
}

export async function kpiOwnedBy(bed: ApiTestBed, email: string) {
  return readKpiOwnedBy(bed.db, { organisationId: bed.organisationId, email });
}

/** A fresh live comment by this person on the first action of the chief people officer. */
export async function commentBy(bed: ApiTestBed, email: string) {
  const [action, authorId] = await Promise.all([
    actionOwnedBy(bed, 'chief.people@belonging.test'),
    bed.userId(email),
  ]);
  const comment = await createComment(bed.db, {
    organisationId: bed.organisationId,
    actionId: action.id,
    authorId,
    body: 'A comment written for a test.',
    now: new Date(),
  });
  return { id: comment.id, actionId: action.id };
}

export async function kpiByCode(bed: ApiTestBed, code: string) {
  return readKpiByCode(bed.db, { organisationId: bed.organisationId, code });
}

/** The latest period that is locked, or the latest that is not. */
export async function anyPeriod(bed: ApiTestBed, locked: boolean) {
  return locked
    ? findLatestLockedPeriod(bed.db, bed.organisationId)
    : readLatestUnlockedPeriod(bed.db, bed.organisationId);
}

/** Today's calendar day as 'YYYY-MM-DD' (UTC midnight stands for a London day in storage). */
export function isoToday(): string {
  return new Date().toISOString().slice(0, 10);
}
