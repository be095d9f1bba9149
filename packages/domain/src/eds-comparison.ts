import { dateOfDay, londonDayNumber } from './dates.ts';
import { EDS_OUTCOMES } from './equality.ts';
import { lastPeriodEndOnOrBefore, type TKpiFrequency } from './periods.ts';
import { financialYearStart } from './periods-next-year.ts';

/** The KPI an EDS 2022 assessment's total is recorded against, when the trust has one. */
export const EDS_TOTAL_KPI_CODE = 'EDS-TOTAL';

/** The financial year before a label like 2025/26 (2024/25), or null if it is not one. */
export function previousFinancialYear(label: string): string | null {
  const start = financialYearStart(label);
  if (start === null) return null;
  return `${start - 1}/${String(start % 100).padStart(2, '0')}`;
}

/**
 * The period end an assessment year's total is recorded at: the last period of the KPI's
 * frequency ending with the financial year (31 March, whether the KPI is annual, quarterly or monthly).
 */
export function edsTotalPeriodEnd(year: string, frequency: TKpiFrequency): Date | null {
  const start = financialYearStart(year);
  if (start === null) return null;
  const yearEnd = londonDayNumber(new Date(Date.UTC(start + 1, 2, 31)));
  return dateOfDay(lastPeriodEndOnOrBefore(yearEnd, frequency));
}

/** "up 1", "down 2", "no change", or why there is nothing to compare. */
export function scoreChangeInWords(last: number | null, now: number | null): string {
  if (last === null) return 'not scored last year';
  if (now === null) return 'not scored yet';
  const change = now - last;
  if (change === 0) return 'no change';
  return `${change > 0 ? 'up' : 'down'} ${Math.abs(change)}`;
}

type TScores = readonly { outcome: string; score: number }[];

/** Each outcome's score last year and this year with the change in words, then the totals. */
export function compareEdsScores(last: TScores, now: TScores) {
  const scoreOf = (scores: TScores, outcome: string) =>
    scores.find((s) => s.outcome === outcome)?.score ?? null;
  const totalOf = (scores: TScores) =>
    EDS_OUTCOMES.every((o) => scoreOf(scores, o) !== null)
      ? scores.reduce((sum, s) => sum + s.score, 0)
      : null;
  const row = (outcome: string, a: number | null, b: number | null) => ({
    outcome,
    last: a,
    now: b,
    change: scoreChangeInWords(a, b),
  });
  return {
    outcomes: EDS_OUTCOMES.map((o) => row(o, scoreOf(last, o), scoreOf(now, o))),
    total: row('Total', totalOf(last), totalOf(now)),
  };
}
