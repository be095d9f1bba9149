import { toCsvText, type Rag, type TBoardReport } from '@belonging/domain';
import {
  assuranceWord,
  movementWord,
  ragWord,
  reasonWords,
  roundValue,
  variationWord,
  type TReportKpi,
} from './format.ts';

type TCell = string | number | null;

export const CSV_COLUMNS = [
  'Section',
  'Ambition',
  'Commitment',
  'Code',
  'Title',
  'Owner',
  'RAG',
  'Movement',
  'Previous RAG',
  'Red',
  'Amber',
  'Green',
  'Blue',
  'Not rated',
  'Unit',
  'Actual',
  'Expected',
  'Target',
  'Gap',
  'Period end',
  'Stale',
  'Variation',
  'Assurance',
  'Reason',
  'Narrative',
  'Recovery action',
] as const;

type TColumn = (typeof CSV_COLUMNS)[number];
type TRow = Partial<Record<TColumn, TCell>>;

/** The board report as one CSV table: a header row, then one row per item, section by section. */
export function toCsv(report: TBoardReport): string {
  const rows = [
    ...summaryRows(report),
    ...exceptionRows(report),
    ...optimisticRows(report),
    ...kpiRows(report),
    ...listRows(report),
  ];
  return toCsvText(
    CSV_COLUMNS,
    rows.map((row) => CSV_COLUMNS.map((c) => row[c] ?? null)),
  );
}

function counts(c: Record<Rag, number>): TRow {
  return { Red: c.red, Amber: c.amber, Green: c.green, Blue: c.blue, 'Not rated': c.grey };
}

function summaryRows(report: TBoardReport): TRow[] {
  const rows: TRow[] = [
    {
      Section: 'Summary',
      Code: 'Strategy',
      Title: report.strategyTitle,
      RAG: ragWord(report.overall.rag),
      ...counts(report.overall.counts),
    },
  ];
  for (const ambition of report.summary) {
    const rollup = (
      r: TBoardReport['summary'][number] | TBoardReport['summary'][number]['commitments'][number],
    ): TRow => ({
      RAG: ragWord(r.rag),
      Movement: movementWord(r.movement),
      'Previous RAG': r.previousRag ? ragWord(r.previousRag) : '',
      ...counts(r.counts),
    });
    rows.push({
      Section: 'Summary',
      Ambition: ambition.number,
      Code: ambition.label,
      Title: ambition.title,
      ...rollup(ambition),
    });
    for (const commitment of ambition.commitments) {
      rows.push({
        Section: 'Summary',
        Ambition: ambition.number,
        Commitment: commitment.label,
        Code: commitment.label,
        Title: commitment.title,
        ...rollup(commitment),
      });
    }
  }
  return rows;
}

function exceptionRows(report: TBoardReport): TRow[] {
  return report.exceptions.map((e) => ({
    Section: 'Exception',
    Ambition: e.ambitionNumber,
    Commitment: e.commitmentCode,
    Code: e.code,
    Title: e.title,
    Owner: e.owner,
    RAG: ragWord(e.rag),
    Reason: reasonWords(e.reason),
    Narrative: e.narrative,
    'Recovery action': e.recoveryAction,
  }));
}

function optimisticRows(report: TBoardReport): TRow[] {
  return report.optimistic.map((o) => ({
    Section: 'Optimistic owner view',
    Code: o.code,
    Title: o.title,
    Owner: o.owner,
    RAG: ragWord(o.derivedRag),
    Reason: `Owner rated ${ragWord(o.ownerRag)}, assessed ${ragWord(o.derivedRag)}${o.reason ? `: ${o.reason}` : ''}`,
  }));
}

function kpiRows(report: TBoardReport): TRow[] {
  return report.kpis.map((k: TReportKpi) => ({
    Section: 'KPI',
    Ambition: k.ambitionNumber,
    Code: k.code,
    Title: k.title,
    RAG: ragWord(k.rag),
    Movement: movementWord(k.movement),
    'Previous RAG': k.previousRag ? ragWord(k.previousRag) : '',
    Unit: k.unit,
    Actual: roundValue(k.actual),
    Expected: roundValue(k.expected),
    Target: roundValue(k.target),
    Gap: roundValue(k.gap),
    'Period end': k.periodEnd,
    Stale: k.stale ? 'Yes' : 'No',
    Variation: variationWord(k.variation),
    Assurance: assuranceWord(k.assurance),
  }));
}

function listRows(report: TBoardReport): TRow[] {
  return [
    ...report.missingUpdates.map((m) => ({
      Section: 'Missing update',
      Code: m.code,
      Title: m.title,
      Owner: m.owner,
    })),
    ...report.staleKpis.map((s) => ({
      Section: 'Stale KPI',
      Code: s.code,
      Title: s.title,
      Owner: s.owner,
      'Period end': s.periodEnd,
      Stale: 'Yes',
    })),
  ];
}
