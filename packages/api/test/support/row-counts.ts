import type { Db } from '@belonging/db';

/** Rows in every table: a write that slipped through would change at least the audit trail. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const entries = await Promise.all(
    (
      [
        ['organisation', () => db.organisation.count()],
        ['user', () => db.user.count()],
        ['membership', () => db.membership.count()],
        ['session', () => db.session.count()],
        ['strategy', () => db.strategy.count()],
        ['ambition', () => db.ambition.count()],
        ['commitment', () => db.commitment.count()],
        ['action', () => db.action.count()],
        ['actionKpi', () => db.actionKpi.count()],
        ['actionTag', () => db.actionTag.count()],
        ['milestone', () => db.milestone.count()],
        ['progressUpdate', () => db.progressUpdate.count()],
        ['kpi', () => db.kpi.count()],
        ['kpiTag', () => db.kpiTag.count()],
        ['trajectoryPoint', () => db.trajectoryPoint.count()],
        ['measurement', () => db.measurement.count()],
        ['reportingPeriod', () => db.reportingPeriod.count()],
        ['boardSnapshot', () => db.boardSnapshot.count()],
        ['boardPaper', () => db.boardPaper.count()],
        ['comment', () => db.comment.count()],
        ['frameworkTag', () => db.frameworkTag.count()],
        ['edsAssessment', () => db.edsAssessment.count()],
        ['edsScore', () => db.edsScore.count()],
        ['auditEvent', () => db.auditEvent.count()],
      ] as const
    ).map(async ([name, count]) => [name, await count()] as const),
  );
  return Object.fromEntries(entries);
}
