import { nonAdverseBandWords, type Rag, type TBoardReport } from '@belonging/domain';
import type { Content, TableCell } from 'pdfmake/interfaces';
import {
  DEMO_NOTICE,
  assuranceWord,
  formatDay,
  formatGap,
  formatInstant,
  formatValue,
  movementWord,
  positionLine,
  ragWord,
  reasonWords,
  variationWord,
} from './format.ts';
import { RAG_COLOURS } from './rag-colours.ts';

// The sections of the board paper, as pdfmake content. Every colour is drawn as a filled cell that
// also holds its word, so the paper reads the same printed in black and white.

function ragCell(rag: Rag | null, suffix = ''): TableCell {
  if (!rag) return { text: '-' };
  const colour = RAG_COLOURS[rag];
  return {
    text: `${ragWord(rag)}${suffix}`,
    bold: true,
    color: `#${colour.text}`,
    fillColor: `#${colour.fill}`,
  };
}

function header(...labels: string[]): TableCell[] {
  return labels.map((text) => ({ text, style: 'tableHeader' }));
}

function orNone(text: string | null, none = 'None recorded'): Content {
  return text && text.trim() ? { text } : { text: none, italics: true, style: 'muted' };
}

export function titlePage(report: TBoardReport): Content[] {
  const facts: [string, string][] = [
    ['Organisation', report.organisationName],
    ['Strategy', report.strategyTitle],
    ['Reporting period', report.period.label],
    ['Board meeting', report.period.boardDate ? formatDay(report.period.boardDate) : 'Not set'],
    ['Position', positionLine(report)],
    ['Overall colour', `${ragWord(report.overall.rag)}`],
    ['Generated', formatInstant(report.generatedAt)],
  ];
  return [
    { text: report.organisationName, style: 'subtitle', margin: [0, 90, 0, 6] },
    { text: report.strategyTitle, style: 'title' },
    { text: `Board report: ${report.period.label}`, style: 'subtitle', margin: [0, 6, 0, 24] },
    {
      layout: 'noBorders',
      table: {
        widths: [120, '*'],
        body: facts.map(([label, value]) => [{ text: label, bold: true }, { text: value }]),
      },
    },
    ...(report.isDemo
      ? [{ text: DEMO_NOTICE, style: 'notice', margin: [0, 24, 0, 0] } satisfies Content]
      : []),
    {
      text:
        'Colours are always written as words: Red, Amber, Green, Blue (complete or target achieved) and Not rated. ' +
        'KPIs are read through statistical process control as well as RAG: each shows its variation and assurance in words.',
      style: 'muted',
      margin: [0, 24, 0, 0],
      pageBreak: 'after',
    },
  ];
}

export function summarySection(report: TBoardReport): Content[] {
  const countCells = (c: Record<Rag, number>): TableCell[] =>
    [c.red, c.amber, c.green, c.blue, c.grey].map((n) => ({ text: String(n), alignment: 'right' }));
  const body: TableCell[][] = [
    header(
      'Ambition or commitment',
      'Colour',
      'Movement',
      'Previous',
      'Red',
      'Amber',
      'Green',
      'Blue',
      'Not rated',
    ),
    [
      { text: `Whole strategy: ${report.strategyTitle}`, bold: true },
      ragCell(report.overall.rag),
      { text: '' },
      { text: '' },
      ...countCells(report.overall.counts),
    ],
  ];
  for (const a of report.summary) {
    body.push([
      { text: `${a.label}: ${a.title}`, bold: true },
      ragCell(a.rag),
      { text: movementWord(a.movement) },
      ragCell(a.previousRag),
      ...countCells(a.counts),
    ]);
    for (const c of a.commitments) {
      body.push([
        { text: `${c.label} ${c.title}`, margin: [12, 0, 0, 0] },
        ragCell(c.rag),
        { text: movementWord(c.movement) },
        ragCell(c.previousRag),
        ...countCells(c.counts),
      ]);
    }
  }
  return [
    { text: 'Summary by ambition', style: 'h1' },
    {
      text: 'Counts are of the actions and KPIs under each ambition and commitment; Not rated items are left out of the colour.',
      style: 'muted',
      margin: [0, 0, 0, 6],
    },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['*', 60, 70, 60, 34, 38, 38, 34, 46],
        body,
      },
    },
  ];
}

export function exceptionsSection(report: TBoardReport): Content[] {
  const content: Content[] = [
    { text: 'Exceptions: red and amber items', style: 'h1', pageBreak: 'before' },
  ];
  if (report.exceptions.length === 0)
    content.push(orNone(null, 'No red or amber actions or KPIs this period.'));
  for (const e of report.exceptions) {
    const where = [
      `Ambition ${e.ambitionNumber}`,
      e.commitmentCode ? `commitment ${e.commitmentCode}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    content.push({
      unbreakable: true,
      margin: [0, 0, 0, 8],
      table: {
        widths: [110, '*'],
        body: [
          [
            { text: `${e.kind === 'kpi' ? 'KPI' : 'Action'} ${e.code}`, bold: true },
            { text: e.title, bold: true },
          ],
          [{ text: 'Colour' }, ragCell(e.rag)],
          [{ text: 'Why' }, { text: reasonWords(e.reason) }],
          [{ text: 'Owner' }, orNone(e.owner, 'No owner named')],
          [{ text: 'Where' }, { text: where }],
          [{ text: 'Narrative' }, orNone(e.narrative)],
          [{ text: 'Recovery action' }, orNone(e.recoveryAction)],
        ],
      },
    });
  }
  content.push({ text: 'Owner views greener than the assessment', style: 'h2' });
  if (report.optimistic.length === 0) {
    content.push(orNone(null, 'No optimistic owner views this period.'));
  } else {
    const body: TableCell[][] = [
      header('Code', 'Action', 'Owner', "Owner's view", 'Assessed', "Owner's reason"),
    ];
    for (const o of report.optimistic) {
      body.push([
        { text: o.code },
        { text: o.title },
        { text: o.owner },
        ragCell(o.ownerRag),
        ragCell(o.derivedRag),
        orNone(o.reason),
      ]);
    }
    content.push({
      table: { headerRows: 1, dontBreakRows: true, widths: [50, '*', 100, 60, 60, '*'], body },
    });
  }
  return content;
}

export function kpiSection(report: TBoardReport): Content[] {
  const body: TableCell[][] = [
    header(
      'Code',
      'KPI',
      'Colour',
      'Movement',
      'Actual',
      'Expected',
      'Target',
      'Gap',
      'Latest value',
      'SPC variation',
      'SPC assurance',
    ),
  ];
  for (const k of report.kpis) {
    body.push([
      { text: k.code },
      { text: k.isDemoData ? `${k.title} (demo data)` : k.title },
      ragCell(k.rag),
      { text: movementWord(k.movement) },
      { text: formatValue(k.actual, k.unit), alignment: 'right' },
      { text: formatValue(k.expected, k.unit), alignment: 'right' },
      { text: nonAdverseBandWords(k) ?? formatValue(k.target, k.unit), alignment: 'right' },
      { text: formatGap(k.gap, k.unit), alignment: 'right' },
      { text: k.periodEnd ? `${formatDay(k.periodEnd)}${k.stale ? ' (stale)' : ''}` : 'No data' },
      { text: variationWord(k.variation) },
      { text: assuranceWord(k.assurance) },
    ]);
  }
  return [
    { text: 'Key performance indicators', style: 'h1', pageBreak: 'before' },
    {
      text: 'Gap is the distance from the expected value: + when better than expected, - when worse. SPC icons need at least the minimum number of points.',
      style: 'muted',
      margin: [0, 0, 0, 6],
    },
    report.kpis.length === 0
      ? orNone(null, 'No KPIs in this strategy.')
      : {
          fontSize: 8,
          table: {
            headerRows: 1,
            dontBreakRows: true,
            widths: [44, '*', 44, 52, 40, 40, 40, 38, 60, 120, 100],
            body,
          },
        },
  ];
}

export function listSections(report: TBoardReport): Content[] {
  const missing: Content =
    report.missingUpdates.length === 0
      ? orNone(null, 'Every action has an update for this period.')
      : {
          table: {
            headerRows: 1,
            widths: [60, '*', 160],
            body: [
              header('Code', 'Action', 'Owner'),
              ...report.missingUpdates.map((m) => [
                { text: m.code },
                { text: m.title },
                { text: m.owner },
              ]),
            ],
          },
        };
  const stale: Content =
    report.staleKpis.length === 0
      ? orNone(null, 'Every KPI is up to date.')
      : {
          table: {
            headerRows: 1,
            widths: [60, '*', 160, 110],
            body: [
              header('Code', 'KPI', 'Owner', 'Latest value for'),
              ...report.staleKpis.map((s) => [
                { text: s.code },
                { text: s.title },
                orNone(s.owner, 'No owner named'),
                orNone(formatDay(s.periodEnd), 'No data'),
              ]),
            ],
          },
        };
  return [
    { text: 'Missing updates', style: 'h1', pageBreak: 'before' },
    {
      text: 'Actions whose update window has closed with no progress update.',
      style: 'muted',
      margin: [0, 0, 0, 6],
    },
    missing,
    { text: 'Stale KPIs', style: 'h1', margin: [0, 16, 0, 8] },
    {
      text: 'KPIs whose latest value is older than the period now due.',
      style: 'muted',
      margin: [0, 0, 0, 6],
    },
    stale,
  ];
}
