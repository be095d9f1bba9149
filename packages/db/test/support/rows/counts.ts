import type { DbClient } from '../../../src/client.ts';

/**
 * Rows in every table of the model, by model name: a re-seed, or a call that must write nothing,
 * leaves every count as it was.
 */
export async function countRowsByTable(db: DbClient): Promise<Record<string, number>> {
  const counts = await Promise.all([
    db.organisation.count(),
    db.user.count(),
    db.membership.count(),
    db.session.count(),
    db.strategy.count(),
    db.ambition.count(),
    db.commitment.count(),
    db.action.count(),
    db.actionKpi.count(),
    db.milestone.count(),
    db.progressUpdate.count(),
    db.kpi.count(),
    db.trajectoryPoint.count(),
    db.measurement.count(),
    db.reportingPeriod.count(),
    db.boardSnapshot.count(),
    db.boardPaper.count(),
    db.auditEvent.count(),
    db.frameworkTag.count(),
    db.actionTag.count(),
    db.kpiTag.count(),
    db.comment.count(),
    db.edsAssessment.count(),
    db.edsScore.count(),
    db.workforceUpload.count(),
  ]);
  const names = [
    'organisation',
    'user',
    'membership',
    'session',
    'strategy',
    'ambition',
    'commitment',
    'action',
    'actionKpi',
    'milestone',
    'progressUpdate',
    'kpi',
    'trajectoryPoint',
    'measurement',
    'reportingPeriod',
    'boardSnapshot',
    'boardPaper',
    'auditEvent',
    'frameworkTag',
    'actionTag',
    'kpiTag',
    'comment',
    'edsAssessment',
    'edsScore',
    'workforceUpload',
  ];
  return Object.fromEntries(names.map((name, i) => [name, counts[i] ?? 0]));
}

/** Workforce uploads in every trust: a refused upload must leave none behind. */
export function countWorkforceUploads(db: DbClient): Promise<number> {
  return db.workforceUpload.count();
}
