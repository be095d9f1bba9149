// The open-data CSV: every published figure, one row each. KPI values (one row per point of each
// trend) and workforce figures (a suppressed one as `*`), through the one CSV writer.
import { toCsvText, type TCsvCell, type TPublicKpi, type TPublicPayload } from '@belonging/domain';
import { SUPPRESSED_MARK } from './workforce-section.ts';

export const PUBLIC_CSV_HEADER = [
  'Section',
  'Code',
  'Measure',
  'Period ending',
  'Value',
  'Unit',
  'Target',
  'Target date',
  'Note',
] as const;

function kpisOf(payload: TPublicPayload): TPublicKpi[] {
  return payload.ambitions.flatMap((a) => [...a.commitments.flatMap((c) => c.kpis), ...a.kpis]);
}

function kpiRows(payload: TPublicPayload): TCsvCell[][] {
  return kpisOf(payload).flatMap((kpi) =>
    kpi.series.map((point) => [
      'KPI',
      kpi.code,
      kpi.title,
      point.periodEnd,
      point.value,
      kpi.unit,
      kpi.target,
      kpi.targetDate,
      kpi.isDemoData ? 'Demo figure (invented for the demonstration)' : null,
    ]),
  );
}

function workforceRows(payload: TPublicPayload): TCsvCell[][] {
  const workforce = payload.workforce;
  if (!workforce) return [];
  const suppressedNote = `Not published: fewer than ${workforce.threshold} people`;
  return workforce.sections.flatMap((section) =>
    section.figures.map((figure) => [
      section.title,
      null,
      figure.label,
      workforce.asOf,
      figure.suppressed || figure.value === null ? SUPPRESSED_MARK : figure.value,
      figure.unit,
      null,
      null,
      figure.suppressed ? suppressedNote : figure.note,
    ]),
  );
}

function edsRows(payload: TPublicPayload): TCsvCell[][] {
  if (!payload.eds) return [];
  return [
    [
      'EDS 2022',
      null,
      `Overall rating ${payload.eds.year}: ${payload.eds.ratingWords}`,
      null,
      payload.eds.score,
      'score',
      null,
      null,
      null,
    ],
  ];
}

/** The CSV text (UTF-8 with a BOM, CRLF), formula-safe. */
export function publicCsv(payload: TPublicPayload): string {
  return toCsvText(PUBLIC_CSV_HEADER, [
    ...kpiRows(payload),
    ...workforceRows(payload),
    ...edsRows(payload),
  ]);
}

/** A file name for the download: "demo-partnership-figures-2025-09-30.csv". */
export function publicCsvName(payload: TPublicPayload): string {
  return `${payload.organisation.slug}-figures-${payload.period.endDate}.csv`;
}
