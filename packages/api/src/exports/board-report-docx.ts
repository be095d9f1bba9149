import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { paperTitle } from './board-report-pdf.ts';
import { MUTED, WORD_FONT, WORD_LANGUAGE } from './docx/blocks.ts';
import { kpiBlocks } from './docx/kpis.ts';
import { ambitionBlocks, exceptionBlocks, frontSheetBlocks, listBlocks } from './docx/sections.ts';
import type { TBoardPaperInput } from './paper-types.ts';

const heading = (size: number, color = '212B32') => ({
  run: { font: WORD_FONT, size, bold: true, color },
  paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
});

/** The board paper as a Word document: the same sections as the PDF, with real headings and tables. */
export async function toDocx(input: TBoardPaperInput): Promise<Buffer> {
  const { report, meta } = input;
  const footerText = `${meta.trustName} · ${report.period.label} board paper${report.isDemo ? ' · Demo data' : ''} · Page `;
  const doc = new Document({
    title: paperTitle(input),
    subject: `${report.strategyTitle}: board paper for ${report.period.label}`,
    creator: 'Belonging Tracker',
    description: `Board paper of ${meta.trustName}`,
    styles: {
      default: {
        document: { run: { font: WORD_FONT, size: 20, language: WORD_LANGUAGE } },
        heading1: heading(32, '005EB8'),
        heading2: heading(25),
        heading3: heading(21),
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 960, bottom: 960, left: 960, right: 960 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: footerText, size: 16, color: MUTED }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 16, color: MUTED }),
                  new TextRun({ text: ' of ', size: 16, color: MUTED }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: MUTED }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...frontSheetBlocks(input),
          ...ambitionBlocks(input),
          ...exceptionBlocks(input),
          ...kpiBlocks(input),
          ...listBlocks(input),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
