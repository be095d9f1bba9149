import type { TBoardReport } from '@belonging/domain';
import { toCsv } from './board-report-csv.ts';
import { toPdf } from './board-report-pdf.ts';
import { toXlsx } from './board-report-xlsx.ts';
import { reportFileStem } from './format.ts';

export const BOARD_REPORT_FORMATS = ['csv', 'xlsx', 'pdf'] as const;
export type TBoardReportFormat = (typeof BOARD_REPORT_FORMATS)[number];

const MIME_TYPES: Record<TBoardReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export type TBoardReportFile = { filename: string; mimeType: string; base64: string };

/** One export of the board report, ready to send as JSON (the bytes as base64). */
export async function renderBoardReport(
  report: TBoardReport,
  format: TBoardReportFormat,
): Promise<TBoardReportFile> {
  const bytes =
    format === 'csv'
      ? Buffer.from(toCsv(report), 'utf8')
      : format === 'xlsx'
        ? await toXlsx(report)
        : await toPdf(report);
  return {
    filename: `${reportFileStem(report)}.${format}`,
    mimeType: MIME_TYPES[format],
    base64: bytes.toString('base64'),
  };
}
