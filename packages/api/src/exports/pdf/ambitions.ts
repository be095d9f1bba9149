import type { Rag, TBoardReport } from '@belonging/domain';
import { movementWord, ragWord } from '../format.ts';
import { commentaryFor, countsWords, movementSentence, ragBarAlt } from '../paper-words.ts';
import type { TBoardPaperInput } from '../paper-types.ts';
import { drawRagBar } from './rag-bar.ts';
import { drawTable, type TCell } from './table.ts';
import { CONTENT_WIDTH, INK, heading, paragraph, type TDoc, type TStruct } from './writer.ts';

type TRow = TBoardReport['summary'][number]['commitments'][number];

const ragCell = (rag: Rag | null): TCell =>
  rag ? { text: ragWord(rag), bold: true, rag } : { text: '-' };
const countCells = (c: Record<Rag, number>): TCell[] =>
  [c.red, c.amber, c.green, c.blue, c.grey].map((n) => ({ text: String(n), align: 'right' }));

const COUNT_WIDTH = 38;
const WIDTHS = [0, 52, 62, 52, ...Array<number>(5).fill(COUNT_WIDTH)];
WIDTHS[0] = CONTENT_WIDTH - WIDTHS.reduce((a, b) => a + b, 0);

function commitmentTable(doc: TDoc, parent: TStruct, rows: TRow[]) {
  drawTable(doc, parent, {
    widths: WIDTHS,
    header: [
      'Commitment',
      'Colour',
      'Movement',
      'Previous',
      'Red',
      'Amber',
      'Green',
      'Blue',
      'Not rated',
    ],
    rows: rows.map((c) => [
      { text: `${c.label} ${c.title}` },
      ragCell(c.rag),
      { text: movementWord(c.movement) },
      ragCell(c.previousRag),
      ...countCells(c.counts),
    ]),
    rowHeaders: true,
    size: 8.5,
  });
}

/** The picture first: a colour bar per ambition, its movement, its commitments and commentary. */
export function ambitionSections(doc: TDoc, root: TStruct, { report, sheet }: TBoardPaperInput) {
  doc.addPage();
  heading(doc, root, 1, 'Summary by ambition');
  paragraph(
    doc,
    root,
    'Each bar counts the actions and KPIs under an ambition by colour; Not rated items are left out of the colour.',
    { size: 9, color: INK.muted },
  );
  heading(doc, root, 2, `Whole strategy: ${report.strategyTitle}`);
  drawRagBar(
    doc,
    root,
    report.overall.counts,
    `Colour bar for the whole strategy: ${countsWords(report.overall.counts)}. Overall ${ragWord(report.overall.rag)}.`,
  );
  paragraph(
    doc,
    root,
    `${countsWords(report.overall.counts)}. Overall ${ragWord(report.overall.rag)}.`,
  );
  for (const ambition of report.summary) {
    const name = `${ambition.label}: ${ambition.title}`;
    heading(doc, root, 2, name, 90);
    drawRagBar(doc, root, ambition.counts, ragBarAlt(name, ambition));
    paragraph(doc, root, `${countsWords(ambition.counts)}. Overall ${ragWord(ambition.rag)}.`);
    paragraph(doc, root, movementSentence(ambition), { bold: true });
    if (ambition.commitments.length > 0) commitmentTable(doc, root, ambition.commitments);
    heading(doc, root, 3, 'Commentary from the executive lead', 30);
    const commentary = commentaryFor(sheet, ambition.id);
    paragraph(doc, root, commentary ?? 'No commentary recorded for this ambition.', {
      color: commentary ? INK.text : INK.muted,
    });
  }
}
