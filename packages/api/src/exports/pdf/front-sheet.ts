import { DEMO_NOTICE } from '../format.ts';
import { aboutRows, frontSheetRows } from '../paper-words.ts';
import type { TBoardPaperInput } from '../paper-types.ts';
import { drawTable } from './table.ts';
import { CONTENT_WIDTH, INK, heading, paragraph, type TDoc, type TStruct } from './writer.ts';

const labelled = (rows: [string, string][]) =>
  rows.map(([label, value]) => [{ text: label, bold: true }, { text: value }]);

/** The cover sheet a board secretary tables: a two-column table of label and value. */
export function frontSheet(doc: TDoc, root: TStruct, { report, sheet, meta }: TBoardPaperInput) {
  paragraph(doc, root, meta.trustName, { size: 12, bold: true, color: INK.muted });
  heading(doc, root, 1, sheet.title);
  paragraph(doc, root, `Board paper: ${report.strategyTitle}, ${report.period.label}`, {
    size: 11,
    bold: true,
  });
  drawTable(doc, root, {
    widths: [150, CONTENT_WIDTH - 150],
    rows: labelled(frontSheetRows(sheet)),
    rowHeaders: true,
    size: 9.5,
  });
  heading(doc, root, 2, 'About this paper');
  drawTable(doc, root, {
    widths: [150, CONTENT_WIDTH - 150],
    rows: labelled(aboutRows(report, meta.generatedAt)),
    rowHeaders: true,
  });
  if (report.isDemo) paragraph(doc, root, DEMO_NOTICE, { bold: true, color: '#6B140E' });
  paragraph(
    doc,
    root,
    'Colours are always written as words: Red, Amber, Green, Blue (complete or target achieved) and Not rated. ' +
      'KPIs are read through statistical process control as well as RAG: each shows its variation and assurance in words.',
    { size: 9, color: INK.muted },
  );
}
