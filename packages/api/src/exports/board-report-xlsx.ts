import type { Rag, TBoardReport } from '@belonging/domain';
import ExcelJS from 'exceljs';
import {
  DEMO_NOTICE,
  assuranceWord,
  formatDay,
  formatInstant,
  movementWord,
  positionLine,
  ragWord,
  reasonWords,
  roundValue,
  variationWord,
} from './format.ts';
import { RAG_COLOURS } from './rag-colours.ts';

/** A cell: plain text or a number, or a colour (filled AND written as its word). */
type TCell = string | number | null | { rag: Rag | null };
type TColumn<R> = { header: string; width: number; cell: (row: R) => TCell; wrap?: boolean };

type TRollupRow = TBoardReport['summary'][number]['commitments'][number];
type TSummaryRow = {
  level: string;
  code: string;
  title: string;
  rollup: Omit<TRollupRow, 'id' | 'label' | 'title'> | null;
  rag: Rag;
  counts: Record<Rag, number>;
};

/** The board report as an Excel workbook: one sheet per part of the report, headers bold and frozen. */
export async function toXlsx(report: TBoardReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Belonging Tracker';
  workbook.title = `${report.strategyTitle}: board report ${report.period.label}`;
  workbook.created = new Date(report.generatedAt);

  addSheet(workbook, 'Summary', summaryRows(report), [
    { header: 'Level', width: 12, cell: (r) => r.level },
    { header: 'Code', width: 12, cell: (r) => r.code },
    { header: 'Title', width: 60, cell: (r) => r.title, wrap: true },
    { header: 'RAG', width: 12, cell: (r) => ({ rag: r.rag }) },
    {
      header: 'Movement',
      width: 14,
      cell: (r) => (r.rollup ? movementWord(r.rollup.movement) : ''),
    },
    { header: 'Previous RAG', width: 14, cell: (r) => ({ rag: r.rollup?.previousRag ?? null }) },
    { header: 'Red', width: 8, cell: (r) => r.counts.red },
    { header: 'Amber', width: 8, cell: (r) => r.counts.amber },
    { header: 'Green', width: 8, cell: (r) => r.counts.green },
    { header: 'Blue', width: 8, cell: (r) => r.counts.blue },
    { header: 'Not rated', width: 10, cell: (r) => r.counts.grey },
  ]);

  addSheet(workbook, 'Exceptions', report.exceptions, [
    { header: 'Type', width: 8, cell: (e) => (e.kind === 'kpi' ? 'KPI' : 'Action') },
    { header: 'Ambition', width: 9, cell: (e) => e.ambitionNumber },
    { header: 'Commitment', width: 12, cell: (e) => e.commitmentCode },
    { header: 'Code', width: 12, cell: (e) => e.code },
    { header: 'Title', width: 40, cell: (e) => e.title, wrap: true },
    { header: 'Owner', width: 22, cell: (e) => e.owner },
    { header: 'RAG', width: 10, cell: (e) => ({ rag: e.rag }) },
    { header: 'Reason', width: 18, cell: (e) => reasonWords(e.reason) },
    { header: 'Narrative', width: 50, cell: (e) => e.narrative, wrap: true },
    { header: 'Recovery action', width: 50, cell: (e) => e.recoveryAction, wrap: true },
  ]);

  addSheet(workbook, 'KPIs', report.kpis, [
    { header: 'Ambition', width: 9, cell: (k) => k.ambitionNumber },
    { header: 'Code', width: 12, cell: (k) => k.code },
    { header: 'KPI', width: 45, cell: (k) => k.title, wrap: true },
    { header: 'Unit', width: 9, cell: (k) => k.unit },
    { header: 'RAG', width: 10, cell: (k) => ({ rag: k.rag }) },
    { header: 'Movement', width: 14, cell: (k) => movementWord(k.movement) },
    { header: 'Actual', width: 10, cell: (k) => roundValue(k.actual) },
    { header: 'Expected', width: 10, cell: (k) => roundValue(k.expected) },
    { header: 'Target', width: 10, cell: (k) => roundValue(k.target) },
    { header: 'Gap', width: 10, cell: (k) => roundValue(k.gap) },
    { header: 'Period end', width: 16, cell: (k) => formatDay(k.periodEnd) },
    { header: 'Stale', width: 7, cell: (k) => (k.stale ? 'Yes' : 'No') },
    { header: 'SPC variation', width: 34, cell: (k) => variationWord(k.variation), wrap: true },
    { header: 'SPC assurance', width: 30, cell: (k) => assuranceWord(k.assurance), wrap: true },
    { header: 'Demo data', width: 10, cell: (k) => (k.isDemoData ? 'Yes' : 'No') },
  ]);

  addSheet(workbook, 'Optimistic views', report.optimistic, [
    { header: 'Code', width: 12, cell: (o) => o.code },
    { header: 'Action', width: 45, cell: (o) => o.title, wrap: true },
    { header: 'Owner', width: 22, cell: (o) => o.owner },
    { header: "Owner's view", width: 14, cell: (o) => ({ rag: o.ownerRag }) },
    { header: 'Assessed', width: 12, cell: (o) => ({ rag: o.derivedRag }) },
    { header: "Owner's reason", width: 50, cell: (o) => o.reason, wrap: true },
  ]);

  addSheet(workbook, 'Missing updates', report.missingUpdates, [
    { header: 'Code', width: 12, cell: (m) => m.code },
    { header: 'Action', width: 60, cell: (m) => m.title, wrap: true },
    { header: 'Owner', width: 26, cell: (m) => m.owner },
  ]);

  addSheet(workbook, 'Stale KPIs', report.staleKpis, [
    { header: 'Code', width: 12, cell: (s) => s.code },
    { header: 'KPI', width: 60, cell: (s) => s.title, wrap: true },
    { header: 'Owner', width: 26, cell: (s) => s.owner },
    { header: 'Latest value for', width: 18, cell: (s) => formatDay(s.periodEnd) },
  ]);

  addAboutSheet(workbook, report);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function summaryRows(report: TBoardReport): TSummaryRow[] {
  const rows: TSummaryRow[] = [
    {
      level: 'Strategy',
      code: '',
      title: report.strategyTitle,
      rollup: null,
      rag: report.overall.rag,
      counts: report.overall.counts,
    },
  ];
  for (const ambition of report.summary) {
    rows.push({
      level: 'Ambition',
      code: ambition.label,
      title: ambition.title,
      rollup: ambition,
      rag: ambition.rag,
      counts: ambition.counts,
    });
    for (const c of ambition.commitments) {
      rows.push({
        level: 'Commitment',
        code: c.label,
        title: c.title,
        rollup: c,
        rag: c.rag,
        counts: c.counts,
      });
    }
  }
  return rows;
}

function addSheet<R>(
  workbook: ExcelJS.Workbook,
  name: string,
  rows: readonly R[],
  columns: TColumn<R>[],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(columns.map(() => null));
    columns.forEach((column, index) =>
      writeCell(added.getCell(index + 1), column.cell(row), column.wrap === true),
    );
  }
  // An empty sheet says so rather than looking like a failed export.
  if (rows.length === 0) sheet.addRow(['None this period']);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function writeCell(cell: ExcelJS.Cell, value: TCell, wrap: boolean) {
  if (value !== null && typeof value === 'object') {
    if (!value.rag) return;
    const colour = RAG_COLOURS[value.rag];
    cell.value = ragWord(value.rag);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${colour.fill}` } };
    cell.font = { bold: true, color: { argb: `FF${colour.text}` } };
    return;
  }
  cell.value = value;
  if (wrap) cell.alignment = { wrapText: true, vertical: 'top' };
}

function addAboutSheet(workbook: ExcelJS.Workbook, report: TBoardReport) {
  const sheet = workbook.addWorksheet('About this report');
  sheet.columns = [
    { header: 'About', width: 22 },
    { header: 'Value', width: 80 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.addRows([
    ['Organisation', report.organisationName],
    ['Strategy', report.strategyTitle],
    ['Period', report.period.label],
    ['Board meeting', report.period.boardDate ? formatDay(report.period.boardDate) : 'Not set'],
    ['Position', positionLine(report)],
    ['Generated', formatInstant(report.generatedAt)],
    ...(report.isDemo ? [['Demo data', DEMO_NOTICE]] : []),
  ]);
}
