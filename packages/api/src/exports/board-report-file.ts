import type { TBoardReport } from '@belonging/domain';
import { toCsv } from './board-report-csv.ts';
import { toDocx } from './board-report-docx.ts';
import { toPdf } from './board-report-pdf.ts';
import { toXlsx } from './board-report-xlsx.ts';
import { reportFileStem } from './format.ts';
import type { TBoardPaperInput } from './paper-types.ts';

export const BOARD_REPORT_FORMATS = ['csv', 'xlsx', 'pdf', 'docx'] as const;
export type TBoardReportFormat = (typeof BOARD_REPORT_FORMATS)[number];

export const BOARD_REPORT_MIME_TYPES: Record<TBoardReportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export type TBoardReportFile = { filename: string; mimeType: string; base64: string };

/** One export's bytes with the name and type it is served under. */
export type TBoardReportBytes = { filename: string; mimeType: string; bytes: Uint8Array };

/** What the paper needs beyond the report: its front sheet, and the file's metadata and series. */
export type TPaperParts = Omit<TBoardPaperInput, 'report'>;

/** What a render needs: the report, and for the paper formats (PDF, Word) their parts too. */
export type TRenderJob = { report: TBoardReport; format: TBoardReportFormat; paper?: TPaperParts };

export function isPaperFormat(format: TBoardReportFormat): boolean {
  return format === 'pdf' || format === 'docx';
}

function paperOf({ report, format, paper }: TRenderJob): TBoardPaperInput {
  if (!paper) throw new Error(`A ${format} board paper needs its front sheet and series.`);
  return { report, ...paper };
}

/** The file's bytes: pure rendering, no database, so it runs in a worker thread. */
export async function renderBoardReportBytes(job: TRenderJob): Promise<Buffer> {
  switch (job.format) {
    case 'csv':
      return Buffer.from(toCsv(job.report), 'utf8');
    case 'xlsx':
      return toXlsx(job.report);
    case 'pdf':
      return toPdf(paperOf(job));
    case 'docx':
      return toDocx(paperOf(job));
  }
}

/** The name a download of the report in `format` is saved under. */
export function boardReportFilename(report: TBoardReport, format: TBoardReportFormat): string {
  return `${reportFileStem(report)}.${format}`;
}
