import type { DbClient } from '../client.ts';

/** Rows in every table of the model: seeding tests compare these before and after a re-seed. */
export async function countEveryTable(db: DbClient): Promise<Record<string, number>> {
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
    db.auditEvent.count(),
    db.frameworkTag.count(),
    db.actionTag.count(),
    db.kpiTag.count(),
    db.comment.count(),
    db.edsAssessment.count(),
    db.edsScore.count(),
  ]);
  const names = [
    'organisation', 'user', 'membership', 'session', 'strategy', 'ambition', 'commitment', 'action', 'actionKpi',
    'milestone', 'progressUpdate', 'kpi', 'trajectoryPoint', 'measurement', 'reportingPeriod', 'boardSnapshot',
    'auditEvent', 'frameworkTag', 'actionTag', 'kpiTag', 'comment', 'edsAssessment', 'edsScore',
  ];
  return Object.fromEntries(names.map((name, i) => [name, counts[i] ?? 0]));
}
