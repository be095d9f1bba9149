import { buildPeriodReport, type DbClient, type SessionUser } from '@belonging/db';
import { londonDay, toIsoDay } from '@belonging/domain';
import {
  BOARD_REPORT_MIME_TYPES,
  boardReportFilename,
  isPaperFormat,
  type TBoardReportBytes,
  type TBoardReportFile,
  type TBoardReportFormat,
  type TRenderJob,
} from '../exports/board-report-file.ts';
import { ConcurrencyLimit } from '../exports/worker/concurrency-limit.ts';
import { RENDER_WORKERS, renderPool } from '../exports/worker/render-pool.ts';
import { loadBoardPaperSheet } from './board-paper-sheet.ts';
import { cachedExport } from './export-cache.ts';
import { loadKpiSeries } from './kpi-series.ts';

/**
 * Files being read and rendered at once: one beside each worker, so the next file's data is read
 * while a worker renders, but ten requests never read ten reports on the event loop together.
 */
const making = new ConcurrencyLimit(RENDER_WORKERS + 1);

export type TBoardPaperRequest = { periodId?: string; format: TBoardReportFormat };

/** The report's data, read here; the file is rendered from it in a worker thread. */
async function loadRenderJob(
  db: DbClient,
  session: SessionUser,
  { periodId, format }: TBoardPaperRequest,
  now: Date,
): Promise<TRenderJob> {
  const { organisationId } = session;
  const built = await buildPeriodReport(db, { organisationId, periodId, now });
  // Every file says it was generated when it was made; a snapshot's freeze time stays in lockedAt.
  const report = { ...built, generatedAt: now.toISOString() };
  if (!isPaperFormat(format)) return { report, format };
  const [{ isDefault: _isDefault, ...sheet }, kpiSeries] = await Promise.all([
    loadBoardPaperSheet(db, session, report.period.id, { report, now }),
    loadKpiSeries(db, { organisationId, asOf: report.asOf }),
  ]);
  const meta = { trustName: report.organisationName, generatedAt: now, kpiSeries };
  return { report, format, paper: { sheet, meta } };
}

/**
 * The board report of a period (the current one when none is named) as a file's bytes, rendered
 * off the event loop and kept until the next write. The paper formats carry the stored front sheet
 * (or a default naming the reader as author, hence kept per reader) and each KPI's series;
 * "Generated" is when the file was first made.
 */
export function makeBoardPaperFile(
  db: DbClient,
  session: SessionUser,
  request: TBoardPaperRequest,
  now: Date,
): Promise<TBoardReportBytes> {
  const { format, periodId } = request;
  const reader = isPaperFormat(format) ? session.userId : 'anyone';
  // The current period, and the live position, depend on the day.
  const key = [
    session.organisationId,
    periodId ?? 'current',
    format,
    toIsoDay(londonDay(now)),
    reader,
  ];
  return cachedExport(key.join('|'), () =>
    making.run(async () => {
      const job = await loadRenderJob(db, session, request, now);
      return {
        filename: boardReportFilename(job.report, format),
        mimeType: BOARD_REPORT_MIME_TYPES[format],
        bytes: await renderPool().render(job),
      };
    }),
  );
}

/** The same file as JSON (the bytes as base64), for the tRPC procedure. */
export async function downloadBoardPaper(
  db: DbClient,
  session: SessionUser,
  request: TBoardPaperRequest,
  now: Date,
): Promise<TBoardReportFile> {
  const { filename, mimeType, bytes } = await makeBoardPaperFile(db, session, request, now);
  return { filename, mimeType, base64: Buffer.from(bytes).toString('base64') };
}
