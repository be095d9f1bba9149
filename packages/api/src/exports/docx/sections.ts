import { ChartRun } from 'docx/charts';
import { Paragraph, type Table } from 'docx';
import type { Rag } from '@belonging/domain';
import { DEMO_NOTICE, formatDay, movementWord, ragWord, reasonWords } from '../format.ts';
import {
  BAR_RAGS,
  aboutRows,
  commentaryFor,
  countsWords,
  frontSheetRows,
  movementSentence,
  ragBarAlt,
} from '../paper-words.ts';
import type { TBoardPaperInput } from '../paper-types.ts';
import { RAG_COLOURS } from '../rag-colours.ts';
import { MUTED, gap, heading, labelled, para, ragCell, table } from './blocks.ts';

type TBlock = Paragraph | Table;
const orNone = (text: string | null, none = 'None recorded') => (text?.trim() ? text : none);

export function frontSheetBlocks({ report, sheet, meta }: TBoardPaperInput): TBlock[] {
  return [
    para(meta.trustName, { bold: true, color: MUTED, size: 24 }),
    heading(1, sheet.title),
    para(`Board paper: ${report.strategyTitle}, ${report.period.label}`, { bold: true }),
    table({ widths: [30, 70], rows: labelled(frontSheetRows(sheet)), rowHeaders: true }),
    heading(2, 'About this paper'),
    table({
      widths: [30, 70],
      rows: labelled(aboutRows(report, meta.generatedAt)),
      rowHeaders: true,
    }),
    ...(report.isDemo ? [para(DEMO_NOTICE, { bold: true, color: '6B140E' })] : []),
    para(
      'Colours are always written as words: Red, Amber, Green, Blue (complete or target achieved) and Not rated.',
      { color: MUTED },
    ),
  ];
}

/** The colour bar as a Word stacked bar chart, each segment labelled with its colour and count. */
function ragBar(counts: Record<Rag, number>, alt: string): Paragraph {
  const shown = BAR_RAGS.filter((rag) => counts[rag] > 0);
  if (shown.length === 0) return para('Nothing rated yet.', { color: MUTED });
  return new Paragraph({
    children: [
      new ChartRun({
        type: 'bar',
        stacking: 'stacked',
        categories: ['Count'],
        series: shown.map((rag) => ({
          name: ragWord(rag),
          values: [counts[rag]],
          color: RAG_COLOURS[rag].fill,
        })),
        dataLabels: { value: true, seriesName: true, font: { color: '212B32', bold: true } },
        valueAxis: { visible: false, gridlines: false },
        categoryAxis: { visible: false },
        legend: false,
        gapWidth: 20,
        transformation: { width: 600, height: 70 },
        altText: { name: 'Colour bar', description: alt, title: alt },
      }),
    ],
  });
}

export function ambitionBlocks({ report, sheet }: TBoardPaperInput): TBlock[] {
  const blocks: TBlock[] = [
    heading(1, 'Summary by ambition', true),
    para('Each bar counts the actions and KPIs under an ambition by colour.', { color: MUTED }),
    heading(2, `Whole strategy: ${report.strategyTitle}`),
    ragBar(
      report.overall.counts,
      `Colour bar for the whole strategy: ${countsWords(report.overall.counts)}.`,
    ),
    para(`${countsWords(report.overall.counts)}. Overall ${ragWord(report.overall.rag)}.`),
  ];
  for (const a of report.summary) {
    const name = `${a.label}: ${a.title}`;
    blocks.push(
      heading(2, name),
      ragBar(a.counts, ragBarAlt(name, a)),
      para(`${countsWords(a.counts)}. Overall ${ragWord(a.rag)}.`),
      para(movementSentence(a), { bold: true }),
    );
    if (a.commitments.length > 0)
      blocks.push(
        table({
          widths: [34, 11, 13, 11, 6, 6, 6, 6, 7],
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
          rows: a.commitments.map((c) => [
            { text: `${c.label} ${c.title}` },
            ragCell(c.rag),
            { text: movementWord(c.movement) },
            ragCell(c.previousRag),
            ...[c.counts.red, c.counts.amber, c.counts.green, c.counts.blue, c.counts.grey].map(
              (n) => ({
                text: String(n),
                right: true,
              }),
            ),
          ]),
          rowHeaders: true,
        }),
        gap(),
      );
    const commentary = commentaryFor(sheet, a.id);
    blocks.push(
      heading(3, 'Commentary from the executive lead'),
      ...(commentary ?? 'No commentary recorded for this ambition.')
        .split(/\n\s*\n/)
        .map((text) => para(text.trim(), commentary ? {} : { color: MUTED })),
    );
  }
  return blocks;
}

export function exceptionBlocks({ report }: TBoardPaperInput): TBlock[] {
  const blocks: TBlock[] = [heading(1, 'Exceptions: red and amber items', true)];
  if (report.exceptions.length === 0)
    blocks.push(para('No red or amber actions or KPIs this period.'));
  for (const e of report.exceptions) {
    const where = [
      `Ambition ${e.ambitionNumber}`,
      e.commitmentCode ? `commitment ${e.commitmentCode}` : null,
    ];
    blocks.push(
      heading(2, `${e.kind === 'kpi' ? 'KPI' : 'Action'} ${e.code}: ${e.title}`),
      table({
        widths: [25, 75],
        header: ['Item', 'Detail'],
        rows: [
          [{ text: 'Colour' }, ragCell(e.rag)],
          [{ text: 'Why' }, { text: reasonWords(e.reason) }],
          [{ text: 'Owner' }, { text: orNone(e.owner, 'No owner named') }],
          [{ text: 'Where' }, { text: where.filter(Boolean).join(', ') }],
          [{ text: 'Narrative' }, { text: orNone(e.narrative) }],
          [{ text: 'Recovery action' }, { text: orNone(e.recoveryAction) }],
        ],
        rowHeaders: true,
      }),
      gap(),
    );
  }
  blocks.push(heading(2, 'Owner views greener than the assessment'));
  if (report.optimistic.length === 0) blocks.push(para('No optimistic owner views this period.'));
  else
    blocks.push(
      table({
        widths: [9, 25, 18, 11, 11, 26],
        header: ['Code', 'Action', 'Owner', "Owner's view", 'Assessed', "Owner's reason"],
        rows: report.optimistic.map((o) => [
          { text: o.code },
          { text: o.title },
          { text: o.owner },
          ragCell(o.ownerRag),
          ragCell(o.derivedRag),
          { text: orNone(o.reason) },
        ]),
      }),
    );
  return blocks;
}

export function listBlocks({ report }: TBoardPaperInput): TBlock[] {
  return [
    heading(1, 'Missing updates', true),
    report.missingUpdates.length === 0
      ? para('Every action has an update for this period.')
      : table({
          widths: [15, 50, 35],
          header: ['Code', 'Action', 'Owner'],
          rows: report.missingUpdates.map((m) => [
            { text: m.code },
            { text: m.title },
            { text: m.owner },
          ]),
        }),
    heading(1, 'Stale KPIs'),
    report.staleKpis.length === 0
      ? para('Every KPI is up to date.')
      : table({
          widths: [15, 40, 25, 20],
          header: ['Code', 'KPI', 'Owner', 'Latest value for'],
          rows: report.staleKpis.map((s) => [
            { text: s.code },
            { text: s.title },
            { text: orNone(s.owner, 'No owner named') },
            { text: s.periodEnd ? formatDay(s.periodEnd) : 'No data' },
          ]),
        }),
  ];
}
