import { buildPeriodReport, type DbClient, type SessionUser } from '@belonging/db';
import {
  renderBoardReport,
  type TBoardReportFile,
  type TBoardReportFormat,
} from '../exports/board-report-file.ts';
import { loadBoardPaperSheet } from './board-paper-sheet.ts';
import { loadKpiSeries } from './kpi-series.ts';

/**
 * The board report of a period (the current one when none is named) as a file. The paper formats
 * carry the stored front sheet (or its defaults) and each KPI's series; "Generated" is `now`.
 */
export async function downloadBoardPaper(
  db: DbClient,
  session: SessionUser,
  { periodId, format }: { periodId?: string; format: TBoardReportFormat },
  now: Date,
): Promise<TBoardReportFile> {
  const { organisationId } = session;
  const built = await buildPeriodReport(db, { organisationId, periodId, now });
  // Every file says it was generated when it was made; a snapshot's freeze time stays in lockedAt.
  const report = { ...built, generatedAt: now.toISOString() };
  return renderBoardReport(report, format, async () => {
    const [{ isDefault: _isDefault, ...sheet }, kpiSeries] = await Promise.all([
      loadBoardPaperSheet(db, session, report.period.id, { report, now }),
      loadKpiSeries(db, { organisationId, asOf: report.asOf }),
    ]);
    return { sheet, meta: { trustName: report.organisationName, generatedAt: now, kpiSeries } };
  });
}
