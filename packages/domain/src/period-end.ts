import { MONTH_NAMES, dateOfDay, londonDayNumber } from './dates.ts';
import type { TKpiFrequency } from './periods.ts';
import { checkValueInRange, type TFieldProblem, type TValueRange } from './value-range.ts';

/** "15 November 2026": the London day of a date, as messages name it. */
export function dayInWords(date: Date): string {
  const d = dateOfDay(londonDayNumber(date));
  return `${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()}`;
}

/**
 * Whether a day ends a period of the frequency: the last day of a month; a financial-year quarter
 * end (30 June, 30 September, 31 December, 31 March); or the financial-year end, 31 March.
 */
export function isPeriodEnd(date: Date, frequency: TKpiFrequency): boolean {
  const d = dateOfDay(londonDayNumber(date));
  const month = d.getUTCMonth();
  const isMonthEnd =
    d.getUTCDate() === new Date(Date.UTC(d.getUTCFullYear(), month + 1, 0)).getUTCDate();
  if (!isMonthEnd) return false;
  if (frequency === 'monthly') return true;
  if (frequency === 'quarterly') return month % 3 === 2;
  return month === 2;
}

/** Null when the day ends a period of the frequency; otherwise what is wrong and which days are. */
export function periodEndProblem(date: Date, frequency: TKpiFrequency): string | null {
  if (isPeriodEnd(date, frequency)) return null;
  const day = dayInWords(date);
  if (frequency === 'monthly') {
    const d = dateOfDay(londonDayNumber(date));
    const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    return `${day} is not a month end: this KPI is monthly, so use the last day of the month, ${dayInWords(last)}`;
  }
  if (frequency === 'quarterly')
    return `${day} is not a quarter end: quarters end on 30 June, 30 September, 31 December and 31 March`;
  return `${day} is not a year end: this KPI is annual, and NHS financial years end on 31 March`;
}

/**
 * Null when the period end is today or earlier (London days); a value for a period that has not
 * yet ended is refused, typed by hand or imported.
 */
export function futurePeriodEndProblem(periodEnd: Date, now: Date): string | null {
  if (londonDayNumber(periodEnd) <= londonDayNumber(now)) return null;
  return `${dayInWords(periodEnd)} is after today: the period end must be today or earlier`;
}

/**
 * Every problem with one value for a KPI: a period end after today (when `now` is given) or that
 * ends no period of its frequency, a value outside its range. The owner's form, the API, the
 * import and the correction all ask this.
 */
export function measurementProblems(
  m: { periodEnd?: Date | null; value: number },
  kpi: { frequency: TKpiFrequency; range: TValueRange },
  now?: Date,
): TFieldProblem[] {
  const problems: TFieldProblem[] = [];
  const future = m.periodEnd && now ? futurePeriodEndProblem(m.periodEnd, now) : null;
  const period = m.periodEnd ? periodEndProblem(m.periodEnd, kpi.frequency) : null;
  if (future) problems.push({ field: 'periodEnd', message: future });
  else if (period) problems.push({ field: 'periodEnd', message: period });
  const value = checkValueInRange(m.value, kpi.range, 'The value');
  if (value) problems.push({ field: 'value', message: value });
  return problems;
}

/**
 * The label of the locked reporting period holding a value's period end, or null: that period's
 * board snapshot is frozen, so changing the value changes only the live figures.
 */
export function lockedPeriodHolding(
  periodEnd: Date,
  locked: readonly { label: string; startDate: Date; endDate: Date }[],
): string | null {
  const day = londonDayNumber(periodEnd);
  const period = locked.find(
    (p) => londonDayNumber(p.startDate) <= day && day <= londonDayNumber(p.endDate),
  );
  return period?.label ?? null;
}

export type TLockedPeriod = { label: string; startDate: Date; endDate: Date };

/** A locked period some rows of an import fall in: how many, and the first line. */
export type TLockedPeriodRows = { label: string; rowCount: number; firstLine: number };

/** The locked periods holding any of the rows, in the order the file first reaches them. */
export function lockedPeriodsOfRows(
  rows: readonly { line: number; periodEnd: Date }[],
  locked: readonly TLockedPeriod[],
): TLockedPeriodRows[] {
  const found = new Map<string, TLockedPeriodRows>();
  if (locked.length === 0) return [];
  for (const row of rows) {
    const label = lockedPeriodHolding(row.periodEnd, locked);
    if (label === null) continue;
    const seen = found.get(label);
    if (seen) seen.rowCount += 1;
    else found.set(label, { label, rowCount: 1, firstLine: row.line });
  }
  return [...found.values()];
}

/** What changing a value in a locked period does: "2026/27 Q2 is locked: the board’s snapshot…". */
export function lockedPeriodWarning(label: string): string {
  return `${label} is locked: the board’s snapshot will not change; the live figures will.`;
}
