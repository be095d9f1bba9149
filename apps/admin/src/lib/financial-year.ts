import { financialYear } from '@belonging/domain';

/** The NHS financial year (1 April to 31 March) a day falls in, labelled like 2025/26. */
export function financialYearLabel(day: Date): string {
  return financialYear(day).label;
}

/** This financial year and the ones before it, newest first. */
export function recentFinancialYears(today: Date, count: number): string[] {
  const start = financialYear(today).start;
  // 1 July sits inside its financial year whatever the clock's time zone.
  return Array.from({ length: count }, (_, i) =>
    financialYearLabel(new Date(Date.UTC(start.getUTCFullYear() - i, 6, 1))),
  );
}
