import PDFDocument from 'pdfkit';
import type { TBoardPaperInput } from './paper-types.ts';
import { ambitionSections } from './pdf/ambitions.ts';
import { exceptionSections, listSections } from './pdf/exceptions.ts';
import { useFont } from './pdf/fonts.ts';
import { frontSheet } from './pdf/front-sheet.ts';
import { kpiSections } from './pdf/kpis.ts';
import {
  BOTTOM_MARGIN,
  CONTENT_WIDTH,
  INK,
  MARGIN,
  PAGE_HEIGHT,
  drawText,
  type TDoc,
} from './pdf/writer.ts';

/** The document's title, as readers show it in their title bar (displayTitle). */
export function paperTitle({ report, sheet }: Pick<TBoardPaperInput, 'report' | 'sheet'>): string {
  return `${sheet.title}: board paper ${report.period.label}`;
}

/** Numbers every page in its footer, drawn last; the footer is a pagination artifact. */
function footers(doc: TDoc, { report, meta }: TBoardPaperInput) {
  const left = `${meta.trustName} · ${report.period.label} board paper${report.isDemo ? ' · Demo data' : ''}`;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // writing below the margin must not start a new page
    const y = PAGE_HEIGHT - BOTTOM_MARGIN + 24;
    doc.markContent('Artifact', { type: 'Pagination' });
    drawText(doc, left, MARGIN, y, CONTENT_WIDTH - 80, { size: 8, color: INK.muted });
    drawText(doc, `Page ${i + 1} of ${count}`, MARGIN, y, CONTENT_WIDTH, {
      size: 8,
      color: INK.muted,
      align: 'right',
    });
    doc.endMarkedContent();
  }
}

/**
 * The board paper as a tagged PDF (PDF/UA-minded): front sheet, the picture by ambition with the
 * executive lead's commentary, exceptions, KPIs with their charts, missing updates and stale KPIs.
 */
export async function toPdf(input: TBoardPaperInput): Promise<Buffer> {
  const { report, meta } = input;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: BOTTOM_MARGIN },
    tagged: true,
    lang: 'en-GB',
    displayTitle: true,
    pdfVersion: '1.7',
    bufferPages: true,
    info: {
      Title: paperTitle(input),
      Author: meta.trustName,
      Subject: `${report.strategyTitle}: board paper for ${report.period.label}`,
      Creator: 'Belonging Tracker',
      CreationDate: meta.generatedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  useFont(doc, 'Sans');
  const root = doc.struct('Document');
  doc.addStructure(root);
  frontSheet(doc, root, input);
  ambitionSections(doc, root, input);
  exceptionSections(doc, root, input);
  kpiSections(doc, root, input);
  listSections(doc, root, input);
  root.end();
  footers(doc, input);
  doc.end();
  return done;
}
