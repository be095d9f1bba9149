import {
  ASSURANCE_LABELS,
  MONTH_NAMES,
  MOVEMENT_LABELS,
  RAG_LABELS,
  REASON_LABELS,
  reportStanding,
  SPC_RUN_CHART_LABEL,
  STANDING_TITLES,
  standingSentence,
  VARIATION_LABELS,
  type Rag,
  type TBoardReport,
  type TReason,
} from '@belonging/domain';

// Words and numbers as every export shows them, so the CSV, workbook and PDF read alike.

export type TReportKpi = TBoardReport['kpis'][number];
type TMovementValue = TReportKpi['movement'];

export function ragWord(rag: Rag): string {
  return RAG_LABELS[rag];
}

export function movementWord(movement: TMovementValue | null): string {
  return movement ? MOVEMENT_LABELS[movement] : '';
}

/** The variation icon in words; below the SPC minimum there is no icon, and the words say so. */
export function variationWord(variation: TReportKpi['variation']): string {
  return variation ? VARIATION_LABELS[variation] : SPC_RUN_CHART_LABEL;
}

/** Band KPIs and KPIs without enough points carry no assurance icon. */
export function assuranceWord(assurance: TReportKpi['assurance']): string {
  return assurance
    ? ASSURANCE_LABELS[assurance]
    : 'No assurance icon (no target to test, or too few points)';
}

/** A reason code in words; a code this version does not know (an old snapshot) is spelled out. */
export function reasonWords(reason: string | null): string {
  if (!reason) return '';
  if (isKnownReason(reason)) return REASON_LABELS[reason];
  const words = reason.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function isKnownReason(reason: string): reason is TReason {
  return Object.hasOwn(REASON_LABELS, reason);
}

/** 'YYYY-MM-DD' → '15 January 2026'; anything else is shown as given. */
export function formatDay(day: string | null): string {
  if (!day) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !month) return day;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** An instant as the London wall-clock date and time, e.g. '15 January 2026, 09:30'. */
export function formatInstant(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A value rounded for reading and for spreadsheets alike (no float noise such as 0.30000000000000004). */
export function roundValue(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  return Math.round(value * 10_000) / 10_000;
}

/** A KPI value with its unit, for the PDF: '43.4%', '1.23', '£1,250'. */
export function formatValue(value: number | null, unit: TReportKpi['unit']): string {
  if (value === null || !Number.isFinite(value)) return '-';
  switch (unit) {
    case 'percent':
      return `${trimmed(value, 2)}%`;
    case 'ratio':
      return value.toFixed(2);
    case 'currency':
      return `£${value.toLocaleString('en-GB', { minimumFractionDigits: 0, maximumFractionDigits: 2 })}`;
    default:
      return trimmed(value, 2);
  }
}

/** A gap with its sign; positive is better than expected. */
export function formatGap(gap: number | null, unit: TReportKpi['unit']): string {
  if (gap === null || !Number.isFinite(gap)) return '-';
  const magnitude = formatValue(Math.abs(gap), unit);
  return gap > 0 ? `+${magnitude}` : gap < 0 ? `-${magnitude}` : magnitude;
}

function trimmed(value: number, digits: number): string {
  return value.toLocaleString('en-GB', {
    minimumFractionDigits: 0,
    maximumFractionDigits: digits,
    useGrouping: true,
  });
}

/** The report's standing and what it means, e.g. "Past period, not locked. Assessed as it stood on …". */
export function positionLine(report: TBoardReport): string {
  const standing = reportStanding(report);
  const sentence = standingSentence(report, standing, { day: formatDay, instant: formatInstant });
  return `${STANDING_TITLES[standing]}. ${sentence}`;
}

export const DEMO_NOTICE =
  'Demonstration data: these figures are examples for trying the tracker and are not the trust’s own results.';

/** 'board-report-2025-26-Q3': safe in a file name and a Content-Disposition header. */
export function reportFileStem(report: TBoardReport): string {
  const label = report.period.label.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `board-report-${label || report.period.id}`;
}
