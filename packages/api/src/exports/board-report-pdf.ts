import type { TBoardReport } from '@belonging/domain';
import pdfMake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  exceptionsSection,
  kpiSection,
  listSections,
  summarySection,
  titlePage,
} from './board-report-pdf-content.ts';
import { withWinAnsiText } from './win-ansi.ts';

// The PDF's built-in Helvetica (one of the standard 14 fonts every reader has): pdfkit draws it from
// metrics it ships with, so no font file is read or downloaded. The server never fetches a URL or
// reads a local file on behalf of a document.
const HELVETICA = {
  normal: 'Helvetica',
  bold: 'Helvetica-Bold',
  italics: 'Helvetica-Oblique',
  bolditalics: 'Helvetica-BoldOblique',
};
const STANDARD_FONT_NAMES = new Set<string>(Object.values(HELVETICA));
pdfMake.setFonts({ Helvetica: HELVETICA });
pdfMake.setUrlAccessPolicy(() => false);
// pdfmake asks this policy about font "paths" too; the standard names are not files, so they pass.
pdfMake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));

/** The board paper: title page, summary, exceptions, KPIs, missing updates and stale KPIs. */
export async function toPdf(report: TBoardReport): Promise<Buffer> {
  return pdfMake.createPdf(boardPaperDefinition(withWinAnsiText(report))).getBuffer();
}

export function boardPaperDefinition(report: TBoardReport): TDocumentDefinitions {
  const footerLeft = `${report.organisationName} · ${report.period.label} board report${report.isDemo ? ' · Demo data' : ''}`;
  return {
    info: {
      title: `${report.strategyTitle}: board report ${report.period.label}`,
      author: report.organisationName,
      creator: 'Belonging Tracker',
    },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 48],
    defaultStyle: { font: 'Helvetica', fontSize: 9, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 26, bold: true, color: '#005EB8' },
      subtitle: { fontSize: 16, bold: true },
      h1: { fontSize: 15, bold: true, color: '#005EB8', margin: [0, 0, 0, 8] },
      h2: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] },
      tableHeader: { bold: true, fillColor: '#E8EDEE' },
      muted: { color: '#4C6272' },
      notice: { bold: true, color: '#6B140E' },
    },
    content: [
      ...titlePage(report),
      ...summarySection(report),
      ...exceptionsSection(report),
      ...kpiSection(report),
      ...listSections(report),
    ],
    footer: (currentPage, pageCount) => ({
      margin: [36, 16, 36, 0],
      columns: [
        { text: footerLeft, style: 'muted', fontSize: 8 },
        {
          text: `Page ${currentPage} of ${pageCount}`,
          alignment: 'right',
          style: 'muted',
          fontSize: 8,
        },
      ],
    }),
  };
}
