import {
  findMilestoneWithOwner,
  flagMilestoneAtRisk,
  holdRow,
  recordMilestoneCompletion,
  writeWithAudit,
  type Db,
  type DbClient,
  type DbTransaction,
  type SessionUser,
} from '@belonging/db';
import {
  milestoneAtRiskProblem,
  milestoneCompletionProblem,
  type TMilestoneAtRiskInput,
  type TMilestoneCompleteInput,
} from '@belonging/domain';
import { ApiError } from '../errors.ts';

/** The milestone, if it is in the caller's trust and the caller owns its action. */
async function ownedMilestone(db: DbClient, actor: SessionUser, milestoneId: string) {
  const milestone = await findMilestoneWithOwner(db, {
    organisationId: actor.organisationId,
    id: milestoneId,
  });
  if (!milestone) throw new ApiError('NOT_FOUND', 'That milestone does not exist in your trust.');
  if (milestone.action.ownerId !== actor.userId) {
    throw new ApiError(
      'FORBIDDEN',
      "Only the executive owner of this milestone's action can change it.",
    );
  }
  return milestone;
}

/**
 * The milestone read again once it is held in the transaction (only the owner's is held): of
 * concurrent changes, each checks and audits the state the one before it left.
 */
async function heldMilestone(tx: DbTransaction, actor: SessionUser, milestoneId: string) {
  await ownedMilestone(tx, actor, milestoneId);
  await holdRow(tx, 'Milestone', milestoneId);
  return ownedMilestone(tx, actor, milestoneId);
}

/** Marks a milestone complete on a day (not a future one), with an optional evidence link. */
export async function completeMilestone(
  db: Db,
  actor: SessionUser,
  input: TMilestoneCompleteInput,
  now: Date,
) {
  return writeWithAudit(db, actor, async (tx) => {
    const milestone = await heldMilestone(tx, actor, input.milestoneId);
    const dateProblem = milestoneCompletionProblem(input.completedAt, now);
    if (dateProblem) {
      throw new ApiError('BAD_REQUEST', 'The completion date cannot be in the future.', {
        completedAt: [dateProblem],
      });
    }
    const evidenceUrl = input.evidenceUrl ?? milestone.evidenceUrl;
    const updated = await recordMilestoneCompletion(tx, {
      id: milestone.id,
      completedAt: input.completedAt,
      evidenceUrl,
    });
    return {
      result: updated,
      audit: {
        entity: 'milestone',
        entityId: milestone.id,
        operation: 'complete',
        before: {
          completedAt: milestone.completedAt,
          atRisk: milestone.atRisk,
          evidenceUrl: milestone.evidenceUrl,
        },
        after: {
          completedAt: updated.completedAt,
          atRisk: updated.atRisk,
          evidenceUrl: updated.evidenceUrl,
        },
      },
    };
  });
}

/** Flags a milestone at risk, or clears the flag; a completed milestone cannot be at risk. */
export async function setMilestoneAtRisk(db: Db, actor: SessionUser, input: TMilestoneAtRiskInput) {
  return writeWithAudit(db, actor, async (tx) => {
    const milestone = await heldMilestone(tx, actor, input.milestoneId);
    const riskProblem = milestoneAtRiskProblem(milestone, input.atRisk);
    if (riskProblem) {
      throw new ApiError('BAD_REQUEST', 'This milestone is complete, so it cannot be at risk.', {
        atRisk: [riskProblem],
      });
    }
    const updated = await flagMilestoneAtRisk(tx, { id: milestone.id, atRisk: input.atRisk });
    return {
      result: updated,
      audit: {
        entity: 'milestone',
        entityId: milestone.id,
        operation: 'set_at_risk',
        before: { atRisk: milestone.atRisk },
        after: { atRisk: updated.atRisk },
      },
    };
  });
}
