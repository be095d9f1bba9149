import type { TBoardReport } from '@belonging/domain';
import { toCsv } from './board-report-csv.ts';
import { toDocx } from './board-report-docx.ts';
import { toPdf } from './board-report-pdf.ts';
import { toXlsx } from './board-report-xlsx.ts';
import { reportFileStem } from './format.ts';
import type { TBoardPaperInput } from './paper-types.ts';

export const BOARD_REPORT_FORMATS = ['csv', 'xlsx', 'pdf', 'docx'] as const;
export type TBoardReportFormat = (typeof BOARD_REPORT_FORMATS)[number];

const MIME_TYPES: Record<TBoardReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export type TBoardReportFile = { filename: string; mimeType: string; base64: string };

/** What the paper needs beyond the report: its front sheet, and the file's metadata and series. */
export type TPaperParts = Omit<TBoardPaperInput, 'report'>;

async function bytesOf(
  report: TBoardReport,
  format: TBoardReportFormat,
  loadPaper: () => Promise<TPaperParts>,
): Promise<Buffer> {
  switch (format) {
    case 'csv':
      return Buffer.from(toCsv(report), 'utf8');
    case 'xlsx':
      return toXlsx(report);
    case 'pdf':
      return toPdf({ report, ...(await loadPaper()) });
    case 'docx':
      return toDocx({ report, ...(await loadPaper()) });
  }
}

/**
 * One export of the board report, ready to send as JSON (the bytes as base64). The data formats
 * need the report alone; the paper formats (PDF, Word) load their front sheet and series too.
 */
export async function renderBoardReport(
  report: TBoardReport,
  format: TBoardReportFormat,
  loadPaper: () => Promise<TPaperParts>,
): Promise<TBoardReportFile> {
  const bytes = await bytesOf(report, format, loadPaper);
  return {
    filename: `${reportFileStem(report)}.${format}`,
    mimeType: MIME_TYPES[format],
    base64: bytes.toString('base64'),
  };
}
