import type { TBoardReport } from '@belonging/domain';
import type { DbClient } from '../client.ts';
import { buildLiveReport, loadReportContext, pickReportPeriod } from './period-report.ts';
import { ReportError } from './report-error.ts';

/**
 * Locks a reporting period and freezes its board report: the live report, marked locked, stored
 * as JSON text so the bytes the board saw are the bytes served later. Refuses a period that is
 * already locked. Run it inside the caller's transaction (which records the audit event).
 */
export async function freezeBoardSnapshot(
  tx: DbClient,
  {
    organisationId,
    periodId,
    actorId,
    now,
  }: { organisationId: string; periodId: string; actorId: string; now: Date },
): Promise<{ snapshotId: string; lockedAt: Date; report: TBoardReport; payload: string }> {
  const ctx = await loadReportContext(tx, organisationId);
  const period = pickReportPeriod(ctx, periodId, now);
  const refuse = () =>
    new ReportError(
      'already_locked',
      `${period.label} is already locked: its board snapshot cannot change.`,
    );
  if (period.lockedAt) throw refuse();

  const live = await buildLiveReport(tx, ctx, period, now);
  const report: TBoardReport = {
    ...live,
    period: { ...live.period, locked: true, lockedAt: now.toISOString() },
  };
  const payload = JSON.stringify(report);
  // The guard on lockedAt makes a concurrent second lock fail here rather than overwrite.
  const locked = await tx.reportingPeriod.updateMany({
    where: { id: period.id, organisationId, lockedAt: null },
    data: { lockedAt: now },
  });
  if (locked.count !== 1) throw refuse();
  const snapshot = await tx.boardSnapshot.create({
    data: { organisationId, periodId: period.id, createdById: actorId, createdAt: now, payload },
    select: { id: true },
  });
  return { snapshotId: snapshot.id, lockedAt: now, report, payload };
}
