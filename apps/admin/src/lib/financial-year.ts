/** The NHS financial year (1 April to 31 March) a day falls in, labelled like 2025/26. */
export function financialYearLabel(day: Date): string {
  const start = day.getUTCMonth() >= 3 ? day.getUTCFullYear() : day.getUTCFullYear() - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** This financial year and the ones before it, newest first. */
export function recentFinancialYears(today: Date, count: number): string[] {
  const start = Number(financialYearLabel(today).slice(0, 4));
  return Array.from({ length: count }, (_, i) => {
    const y = start - i;
    return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  });
}
