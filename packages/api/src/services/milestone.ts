import {
  findMilestoneWithOwner,
  flagMilestoneAtRisk,
  recordMilestoneCompletion,
  writeWithAudit,
  type Db,
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
async function ownedMilestone(db: Db, actor: SessionUser, milestoneId: string) {
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

/** Marks a milestone complete on a day (not a future one), with an optional evidence link. */
export async function completeMilestone(
  db: Db,
  actor: SessionUser,
  input: TMilestoneCompleteInput,
  now: Date,
) {
  const milestone = await ownedMilestone(db, actor, input.milestoneId);
  const dateProblem = milestoneCompletionProblem(input.completedAt, now);
  if (dateProblem) {
    throw new ApiError('BAD_REQUEST', 'The completion date cannot be in the future.', {
      completedAt: [dateProblem],
    });
  }
  const evidenceUrl = input.evidenceUrl ?? milestone.evidenceUrl;
  return writeWithAudit(db, actor, async (tx) => {
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
  const milestone = await ownedMilestone(db, actor, input.milestoneId);
  const riskProblem = milestoneAtRiskProblem(milestone, input.atRisk);
  if (riskProblem) {
    throw new ApiError('BAD_REQUEST', 'This milestone is complete, so it cannot be at risk.', {
      atRisk: [riskProblem],
    });
  }
  return writeWithAudit(db, actor, async (tx) => {
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
