import { DomainError } from './errors.ts';
import { dateOfDay, londonDayNumber, DAY_MS } from './dates.ts';

export type TFinancialYear = { label: string; start: Date; end: Date };
export type TFinancialQuarter = {
  fy: string;
  quarter: 1 | 2 | 3 | 4;
  label: string;
  start: Date;
  end: Date;
};
export type TUpdateWindow = { opens: Date; closes: Date };

function fyLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The NHS financial year (1 April to 31 March, labelled '2025/26') holding the London day of `date`. */
export function financialYear(date: Date): TFinancialYear {
  const day = dateOfDay(londonDayNumber(date));
  const year = day.getUTCFullYear();
  const startYear = day.getUTCMonth() >= 3 ? year : year - 1;
  return {
    label: fyLabel(startYear),
    start: new Date(Date.UTC(startYear, 3, 1)),
    end: new Date(Date.UTC(startYear + 1, 2, 31)),
  };
}

/** The financial-year quarter (Q1 April–June … Q4 January–March) holding the London day of `date`. */
export function financialQuarter(date: Date): TFinancialQuarter {
  const day = dateOfDay(londonDayNumber(date));
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  const firstMonth = month - (month % 3);
  const quarter = (((firstMonth + 9) % 12) / 3 + 1) as 1 | 2 | 3 | 4;
  const fy = fyLabel(month >= 3 ? year : year - 1);
  return {
    fy,
    quarter,
    label: `${fy} Q${quarter}`,
    start: new Date(Date.UTC(year, firstMonth, 1)),
    end: new Date(Date.UTC(year, firstMonth + 3, 0)),
  };
}

function days(value: number | undefined, fallback: number, label: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > 366) {
    throw new DomainError(
      'invalid_option',
      `${label} must be a whole number of days from 0 to 366, not ${String(n)}`,
    );
  }
  return n;
}

/** The default update window of a quarter: opens 14 days before its last day, closes 21 days after. */
export function updateWindow(
  quarterEnd: Date,
  opts: { opensDaysBefore?: number; closesDaysAfter?: number } = {},
): TUpdateWindow {
  const end = londonDayNumber(quarterEnd, 'The quarter end');
  const before = days(opts.opensDaysBefore, 14, 'Days the window opens before the quarter ends');
  const after = days(opts.closesDaysAfter, 21, 'Days the window closes after the quarter ends');
  return { opens: new Date((end - before) * DAY_MS), closes: new Date((end + after) * DAY_MS) };
}

export type TKpiFrequency = 'monthly' | 'quarterly' | 'annual';

/** Reporting lag by frequency when a KPI does not set its own. */
export const DEFAULT_REPORTING_LAG_DAYS: Record<TKpiFrequency, number> = {
  monthly: 30,
  quarterly: 45,
  annual: 183,
};

/**
 * Day number of the last day of the latest month, FY quarter or FY year that ends on or before
 * the given day. FY quarters end with calendar quarters; FY years end on 31 March.
 */
export function lastPeriodEndOnOrBefore(day: number, frequency: TKpiFrequency): number {
  const date = dateOfDay(day);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  const at = day * DAY_MS;
  if (frequency === 'annual') {
    const fyEnd = Date.UTC(year, 2, 31);
    return (fyEnd <= at ? fyEnd : Date.UTC(year - 1, 2, 31)) / DAY_MS;
  }
  // The period holding the day ends on it, or the previous period is the latest one ended.
  const first = frequency === 'monthly' ? month : month - (month % 3);
  const length = frequency === 'monthly' ? 1 : 3;
  const end = Date.UTC(year, first + length, 0);
  return (end === at ? end : Date.UTC(year, first, 0)) / DAY_MS;
}
