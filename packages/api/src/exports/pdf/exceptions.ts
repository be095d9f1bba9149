import type { Rag } from '@belonging/domain';
import { formatDay, ragWord, reasonWords } from '../format.ts';
import type { TBoardPaperInput } from '../paper-types.ts';
import { drawTable, type TCell } from './table.ts';
import { CONTENT_WIDTH, INK, heading, paragraph, type TDoc, type TStruct } from './writer.ts';

const ragCell = (rag: Rag): TCell => ({ text: ragWord(rag), bold: true, rag });
const orNone = (text: string | null, none = 'None recorded') => (text?.trim() ? text : none);

/** Red and amber items with their narrative and recovery action; owner views greener than assessed. */
export function exceptionSections(doc: TDoc, root: TStruct, { report }: TBoardPaperInput) {
  doc.addPage();
  heading(doc, root, 1, 'Exceptions: red and amber items');
  if (report.exceptions.length === 0)
    paragraph(doc, root, 'No red or amber actions or KPIs this period.', { color: INK.muted });
  for (const e of report.exceptions) {
    const where = [
      `Ambition ${e.ambitionNumber}`,
      e.commitmentCode ? `commitment ${e.commitmentCode}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    drawTable(doc, root, {
      widths: [110, CONTENT_WIDTH - 110],
      rowHeaders: true,
      rows: [
        [
          { text: `${e.kind === 'kpi' ? 'KPI' : 'Action'} ${e.code}`, bold: true },
          { text: e.title, bold: true },
        ],
        [{ text: 'Colour' }, ragCell(e.rag)],
        [{ text: 'Why' }, { text: reasonWords(e.reason) }],
        [{ text: 'Owner' }, { text: orNone(e.owner, 'No owner named') }],
        [{ text: 'Where' }, { text: where }],
        [{ text: 'Narrative' }, { text: orNone(e.narrative) }],
        [{ text: 'Recovery action' }, { text: orNone(e.recoveryAction) }],
      ],
    });
  }
  heading(doc, root, 2, 'Owner views greener than the assessment');
  if (report.optimistic.length === 0) {
    paragraph(doc, root, 'No optimistic owner views this period.', { color: INK.muted });
    return;
  }
  drawTable(doc, root, {
    widths: [40, 130, 95, 55, 55, CONTENT_WIDTH - 375],
    header: ['Code', 'Action', 'Owner', "Owner's view", 'Assessed', "Owner's reason"],
    rows: report.optimistic.map((o) => [
      { text: o.code },
      { text: o.title },
      { text: o.owner },
      ragCell(o.ownerRag),
      ragCell(o.derivedRag),
      { text: orNone(o.reason) },
    ]),
    size: 8.5,
  });
}

/** Actions without an update and KPIs whose latest value is out of date. */
export function listSections(doc: TDoc, root: TStruct, { report }: TBoardPaperInput) {
  doc.addPage();
  heading(doc, root, 1, 'Missing updates');
  paragraph(doc, root, 'Actions whose update window has closed with no progress update.', {
    size: 9,
    color: INK.muted,
  });
  if (report.missingUpdates.length === 0)
    paragraph(doc, root, 'Every action has an update for this period.', { color: INK.muted });
  else
    drawTable(doc, root, {
      widths: [60, CONTENT_WIDTH - 220, 160],
      header: ['Code', 'Action', 'Owner'],
      rows: report.missingUpdates.map((m) => [
        { text: m.code },
        { text: m.title },
        { text: m.owner },
      ]),
    });
  heading(doc, root, 1, 'Stale KPIs');
  paragraph(doc, root, 'KPIs whose latest value is older than the period now due.', {
    size: 9,
    color: INK.muted,
  });
  if (report.staleKpis.length === 0)
    paragraph(doc, root, 'Every KPI is up to date.', { color: INK.muted });
  else
    drawTable(doc, root, {
      widths: [60, CONTENT_WIDTH - 330, 160, 110],
      header: ['Code', 'KPI', 'Owner', 'Latest value for'],
      rows: report.staleKpis.map((s) => [
        { text: s.code },
        { text: s.title },
        { text: orNone(s.owner, 'No owner named') },
        { text: s.periodEnd ? formatDay(s.periodEnd) : 'No data' },
      ]),
    });
}
