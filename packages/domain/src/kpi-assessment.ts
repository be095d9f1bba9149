import type { Rag } from './rag.ts';
import { DomainError } from './errors.ts';
import { dateOfDay, londonDayNumber } from './dates.ts';
import { DEFAULT_REPORTING_LAG_DAYS, lastPeriodEndOnOrBefore } from './periods.ts';
import { assertKpiDefinition, type TKpiDefinition, type TMeasurement } from './kpi-definition.ts';

export type TKpiReason =
  | 'no_data'
  | 'target_met'
  | 'on_track'
  | 'below_trajectory'
  | 'off_trajectory'
  | 'in_band'
  | 'near_band'
  | 'outside_band';

export type TKpiAssessment = {
  rag: Rag;
  actual: number | null;
  /** The trajectory's value at the measurement's period end (null for band KPIs and without data). */
  expected: number | null;
  target: number | null;
  /** Positive means better than expected; for a band, the margin inside its nearest edge. */
  gap: number | null;
  /** The latest value is older than the most recent period whose data is due. */
  stale: boolean;
  periodEnd: Date | null;
  reason: TKpiReason;
  /** The end of the most recent period whose value is due, after the reporting lag. */
  duePeriodEnd: Date;
  /** The tolerance in KPI units. */
  tolerance: number;
};

/**
 * The value the KPI should have reached on a day: piecewise-linear through the baseline, the
 * trajectory points and the target; the baseline before it starts and the target after it ends.
 */
export function expectedValue(kpi: TKpiDefinition, date: Date): number | null {
  if (kpi.direction === 'band' || !kpi.target) return null;
  return expectedOnDay(kpi, londonDayNumber(date));
}

function expectedOnDay(kpi: TKpiDefinition, day: number): number {
  const baselineDay = londonDayNumber(kpi.baseline.date);
  if (day <= baselineDay || !kpi.target) return kpi.baseline.value;
  const trajectory = kpi.trajectory;
  if (!trajectory || trajectory.length === 0) {
    return between(
      baselineDay,
      kpi.baseline.value,
      londonDayNumber(kpi.target.date),
      kpi.target.value,
      day,
    );
  }
  const points = trajectory.map((p) => [londonDayNumber(p.date), p.value] as const);
  points.sort((a, b) => a[0] - b[0]);
  points.push([londonDayNumber(kpi.target.date), kpi.target.value]);
  let fromDay = baselineDay;
  let fromValue = kpi.baseline.value;
  for (const [toDay, toValue] of points) {
    if (day <= toDay) return between(fromDay, fromValue, toDay, toValue, day);
    fromDay = toDay;
    fromValue = toValue;
  }
  return fromValue;
}

/** Linear between two dated values, clamped to the later one after its day. */
function between(
  fromDay: number,
  fromValue: number,
  toDay: number,
  toValue: number,
  day: number,
): number {
  return day >= toDay
    ? toValue
    : fromValue + ((toValue - fromValue) * (day - fromDay)) / (toDay - fromDay);
}

/** The tolerance in KPI units: absolute as given, relative as a percentage of the planned change or band width. */
export function toleranceInUnits(kpi: TKpiDefinition): number {
  if (kpi.tolerance.kind === 'absolute') return kpi.tolerance.value;
  const span =
    kpi.direction === 'band'
      ? kpi.band
        ? kpi.band.high - kpi.band.low
        : 0
      : Math.abs((kpi.target?.value ?? kpi.baseline.value) - kpi.baseline.value);
  return (kpi.tolerance.value / 100) * span;
}

/**
 * Day number of the KPI's most recent due period end on day `asOfDay`: the last month, FY quarter
 * or FY year ending on or before the day less its reporting lag (DOMAIN.md §4, "stale").
 */
export function duePeriodEndDay(
  kpi: Pick<TKpiDefinition, 'frequency' | 'reportingLagDays'>,
  asOfDay: number,
): number {
  return lastPeriodEndOnOrBefore(
    asOfDay - (kpi.reportingLagDays ?? DEFAULT_REPORTING_LAG_DAYS[kpi.frequency]),
    kpi.frequency,
  );
}

/** Colours a KPI at `asOf` from its latest whole-population value on or before that day (DOMAIN.md §4). */
export function assessKpi(
  kpi: TKpiDefinition,
  measurements: readonly TMeasurement[],
  asOf: Date,
): TKpiAssessment {
  assertKpiDefinition(kpi);
  const asOfDay = londonDayNumber(asOf, 'asOf');
  let latestValue = 0;
  let latestDay = Number.NEGATIVE_INFINITY;
  const wholeDays = new Set<number>();
  let groupKeys: Set<string> | null = null;
  // An index loop: this runs for every value of every KPI, so it avoids per-item allocations.
  for (let i = 0; i < measurements.length; i++) {
    const m = measurements[i] as TMeasurement;
    const day = londonDayNumber(
      m.periodEnd,
      `Measurement ${i + 1}'s period end`,
      `measurements.${i}.periodEnd`,
    );
    if (typeof m.value !== 'number' || !Number.isFinite(m.value)) {
      throw new DomainError(
        'invalid_number',
        `Measurement ${i + 1}'s value must be a finite number, not ${String(m.value)}`,
        `measurements.${i}.value`,
      );
    }
    const whole = m.group == null || m.group === '';
    const key = whole ? day : `${m.group}|${day}`;
    const seen = whole ? wholeDays : (groupKeys ??= new Set<string>());
    if ((seen as Set<number | string>).has(key)) {
      throw new DomainError(
        'duplicate_period_end',
        `Measurement ${i + 1} repeats the period end ${dateOfDay(day).toISOString().slice(0, 10)}${whole ? '' : ` for group ${m.group}`}`,
        `measurements.${i}.periodEnd`,
      );
    }
    (seen as Set<number | string>).add(key);
    if (whole && day <= asOfDay && day > latestDay) {
      latestValue = m.value;
      latestDay = day;
    }
  }

  const dueDay = duePeriodEndDay(kpi, asOfDay);
  const duePeriodEnd = dateOfDay(dueDay);
  const tolerance = toleranceInUnits(kpi);
  const target = kpi.direction === 'band' ? null : (kpi.target?.value ?? null);
  if (latestDay === Number.NEGATIVE_INFINITY) {
    // Without any value the baseline is the last known figure: stale once a later period is due.
    const stale = dueDay > londonDayNumber(kpi.baseline.date);
    return {
      rag: 'grey',
      actual: null,
      expected: null,
      target,
      gap: null,
      stale,
      periodEnd: null,
      reason: 'no_data',
      duePeriodEnd,
      tolerance,
    };
  }
  const actual = latestValue;
  const stale = dueDay > latestDay;
  const periodEnd = dateOfDay(latestDay);
  let rag: Rag;
  let reason: TKpiReason;

  if (kpi.direction === 'band') {
    const low = kpi.band?.low ?? actual;
    const high = kpi.band?.high ?? actual;
    const gap = Math.min(actual - low, high - actual);
    if (gap >= 0) [rag, reason] = ['green', 'in_band'];
    else if (gap >= -tolerance) [rag, reason] = ['amber', 'near_band'];
    else [rag, reason] = ['red', 'outside_band'];
    return {
      rag,
      actual,
      expected: null,
      target,
      gap,
      stale,
      periodEnd,
      reason,
      duePeriodEnd,
      tolerance,
    };
  }
  const expected = expectedOnDay(kpi, latestDay);
  // Orient so that "more is better": a decrease KPI compares negated values.
  const sign = kpi.direction === 'increase' ? 1 : -1;
  const gap = sign * (actual - expected);
  if (target !== null && sign * actual >= sign * target) [rag, reason] = ['blue', 'target_met'];
  else if (gap >= 0) [rag, reason] = ['green', 'on_track'];
  else if (sign * actual >= sign * expected - tolerance)
    [rag, reason] = ['amber', 'below_trajectory'];
  else [rag, reason] = ['red', 'off_trajectory'];
  return { rag, actual, expected, target, gap, stale, periodEnd, reason, duePeriodEnd, tolerance };
}
