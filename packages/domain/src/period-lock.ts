/**
 * The lock rule: once a period is locked its board snapshot is frozen, so nothing about the period
 * may change. Returns why a change is refused, in words, or null while the period is open.
 */
export function lockedPeriodRefusal(period: {
  label: string;
  lockedAt: Date | null;
}): string | null {
  if (!period.lockedAt) return null;
  return `${period.label} was locked on ${period.lockedAt.toISOString().slice(0, 10)}: its board snapshot cannot change.`;
}
