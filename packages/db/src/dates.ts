/** A date-only value as stored: UTC midnight of the calendar day `YYYY-MM-DD`. */
export function day(isoDate: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Not a calendar date: "${isoDate}"`);
  return new Date(`${isoDate}T00:00:00.000Z`);
}
