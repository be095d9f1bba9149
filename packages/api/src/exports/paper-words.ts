import type {
  Rag,
  TAssuranceLevel,
  TBoardPaperFrontSheetJson,
  TBoardPaperPurpose,
  TBoardReport,
} from '@belonging/domain';
import { nonAdverseBandWords } from '@belonging/domain';
import {
  assuranceWord,
  formatDay,
  formatValue,
  movementWord,
  positionLine,
  ragWord,
  variationWord,
  type TReportKpi,
} from './format.ts';
import type { TKpiSeries } from './paper-types.ts';

// What the PDF and the Word paper both say, in the same words: the front sheet, the colour bars,
// the movement sentences and every chart's alternative text.

const PURPOSE_WORDS: Record<TBoardPaperPurpose, string> = {
  approval: 'For approval',
  assurance: 'For assurance',
  discussion: 'For discussion',
  information: 'For information',
};

export const ASSURANCE_LEVEL_WORDS: Record<TAssuranceLevel, string> = {
  substantial: 'Substantial assurance',
  reasonable: 'Reasonable assurance',
  limited: 'Limited assurance',
  none: 'No assurance',
};

const orNone = (text: string, none = 'None recorded') => (text.trim() ? text : none);

/** The cover sheet as label and value, in the order NHS board cover sheets use. */
export function frontSheetRows(sheet: TBoardPaperFrontSheetJson): [string, string][] {
  return [
    ['Meeting', sheet.meeting],
    ['Date of meeting', formatDay(sheet.meetingDate)],
    ['Agenda item', orNone(sheet.agendaItem, 'Not numbered')],
    ['Title of paper', sheet.title],
    ['Executive lead', sheet.executiveLead],
    ['Author', sheet.author],
    ['Purpose', PURPOSE_WORDS[sheet.purpose]],
    ['Recommendation', sheet.recommendation],
    ['Assurance level', ASSURANCE_LEVEL_WORDS[sheet.assuranceLevel]],
    ['Links to Board Assurance Framework risks', orNone(sheet.bafRisks)],
    ['Links to strategic objectives', orNone(sheet.strategicObjectives)],
    ['Equality impact', orNone(sheet.equalityImpact)],
    ['Executive summary', sheet.executiveSummary],
  ];
}

const dayOf = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date);

/** The period, the position (live or frozen) and the day the file was made, each named apart. */
export function aboutRows(report: TBoardReport, generatedAt: Date): [string, string][] {
  const { period } = report;
  return [
    ['Organisation', report.organisationName],
    ['Strategy', report.strategyTitle],
    [
      'Reporting period',
      `${period.label} (${formatDay(period.startDate)} to ${formatDay(period.endDate)})`,
    ],
    ['Position', positionLine(report)],
    ['Overall colour', ragWord(report.overall.rag)],
    ['Generated', dayOf(generatedAt)],
  ];
}

export const BAR_RAGS = ['red', 'amber', 'green', 'blue'] as const satisfies readonly Rag[];

/** "Red 0, Amber 2, Green 2, Blue 1; 0 not rated". */
export function countsWords(counts: Record<Rag, number>): string {
  const rated = BAR_RAGS.map((rag) => `${ragWord(rag)} ${counts[rag]}`).join(', ');
  return `${rated}; ${counts.grey} not rated`;
}

type TRow = Pick<TBoardReport['summary'][number], 'rag' | 'previousRag' | 'movement'>;

/** "Deteriorated since last quarter: Green then, Amber now." */
export function movementSentence(row: TRow): string {
  if (row.movement === 'new' || !row.previousRag)
    return `New this quarter: no earlier colour to compare; ${ragWord(row.rag)} now.`;
  return `${movementWord(row.movement)} since last quarter: ${ragWord(row.previousRag)} then, ${ragWord(row.rag)} now.`;
}

export function ragBarAlt(name: string, row: TRow & { counts: Record<Rag, number> }): string {
  return `Colour bar for ${name}: ${countsWords(row.counts)}. Overall ${ragWord(row.rag)}. ${movementSentence(row)}`;
}

function targetWords(kpi: TReportKpi): string {
  return (
    nonAdverseBandWords(kpi) ??
    (kpi.band
      ? `band ${formatValue(kpi.band.low, kpi.unit)} to ${formatValue(kpi.band.high, kpi.unit)}`
      : `target ${formatValue(kpi.target, kpi.unit)}`)
  );
}

export function trendAlt(kpi: TReportKpi, series: TKpiSeries): string {
  const v = (n: number | null) => formatValue(n, kpi.unit);
  const values = series.points.map((p) => `${formatDay(p.periodEnd)} ${v(p.value)}`).join('; ');
  const last = series.points.at(-1);
  const expected = last?.expected != null ? `, expected ${v(last.expected)} on the trajectory` : '';
  return (
    `Trend chart of ${kpi.code} ${kpi.title}: ${series.points.length} values: ${values}. ` +
    `Latest ${v(last?.value ?? null)}${expected}; ${targetWords(kpi)}.`
  );
}

export function spcAlt(kpi: TReportKpi, series: TKpiSeries): string {
  const v = (n: number | null) => formatValue(n, kpi.unit);
  const flagged = series.points.filter((p) => p.special !== null).length;
  const limits =
    series.upperLimit !== null && series.lowerLimit !== null
      ? `upper process limit ${v(series.upperLimit)}, lower process limit ${v(series.lowerLimit)}`
      : 'no process limits (too few points)';
  return (
    `SPC chart of ${kpi.code}: ${series.points.length} values, mean ${v(series.mean)}, ${limits}; ` +
    `${flagged} point${flagged === 1 ? '' : 's'} flagged as special cause. ` +
    `Variation: ${variationWord(kpi.variation)}. Assurance: ${assuranceWord(kpi.assurance)}.`
  );
}

/** The numbers beside a KPI's charts. */
export function kpiFactRows(kpi: TReportKpi, series: TKpiSeries | undefined): [string, string][] {
  const v = (n: number | null | undefined) => formatValue(n ?? null, kpi.unit);
  const latest = kpi.periodEnd
    ? `${v(kpi.actual)} for ${formatDay(kpi.periodEnd)}${kpi.stale ? ' (stale)' : ''}`
    : 'No data';
  return [
    ['Colour', `${ragWord(kpi.rag)} (${movementWord(kpi.movement)})`],
    ['Latest value', latest],
    ['Expected now', v(kpi.expected)],
    ['Target', nonAdverseBandWords(kpi) ?? v(kpi.target)],
    ['Mean', v(series?.mean)],
    ['Upper process limit', v(series?.upperLimit)],
    ['Lower process limit', v(series?.lowerLimit)],
    ['SPC variation', variationWord(kpi.variation)],
    ['SPC assurance', assuranceWord(kpi.assurance)],
  ];
}

/** The executive lead's words on an ambition, or null when none were written. */
export function commentaryFor(sheet: TBoardPaperFrontSheetJson, ambitionId: string): string | null {
  const text = sheet.commentary.find((c) => c.ambitionId === ambitionId)?.text.trim();
  return text ? text : null;
}
