import { z } from 'zod';
import { DomainError, type TDomainErrorCode } from './errors.ts';
import { isValidDate, londonDayNumber } from './dates.ts';

const ZPoint = z.object({ value: z.number(), date: z.date() });

export const ZKpiDirection = z.enum(['increase', 'decrease', 'band']);
export type TKpiDirection = z.infer<typeof ZKpiDirection>;
export const ZKpiFrequency = z.enum(['monthly', 'quarterly', 'annual']);
export const ZTolerance = z.object({
  kind: z.enum(['absolute', 'relative']),
  value: z.number().min(0),
});
export type TTolerance = z.infer<typeof ZTolerance>;

type TProblem = { code: TDomainErrorCode; field: string; message: string };

const kpiDefinitionShape = z.object({
  direction: ZKpiDirection,
  baseline: ZPoint,
  /** Final target, for increase and decrease KPIs. */
  target: ZPoint.nullish(),
  /** Acceptable range, for band KPIs. */
  band: z.object({ low: z.number(), high: z.number() }).nullish(),
  /** Absolute in KPI units, or relative: a percentage of |target − baseline| (or of the band width). */
  tolerance: ZTolerance,
  trajectory: z.array(ZPoint).nullish(),
  frequency: ZKpiFrequency,
  reportingLagDays: z.number().int().min(0).max(3660).nullish(),
});

/** What the rules need to know about a KPI to colour it. */
export const ZKpiDefinition = kpiDefinitionShape.superRefine((kpi, ctx) => {
  const problem = kpiDefinitionProblem(kpi);
  if (problem)
    ctx.addIssue({ code: 'custom', path: problem.field.split('.'), message: problem.message });
});
export type TKpiDefinition = z.infer<typeof ZKpiDefinition>;

/** One KPI value; `group` names a breakdown (null, undefined or '' is the whole population). */
export const ZMeasurement = z.object({
  periodEnd: z.date(),
  value: z.number(),
  group: z.string().nullish(),
});
export type TMeasurement = z.infer<typeof ZMeasurement>;

function finite(value: number, field: string, label: string): TProblem | null {
  return typeof value === 'number' && Number.isFinite(value)
    ? null
    : {
        code: 'invalid_number',
        field,
        message: `${label} must be a finite number, not ${String(value)}`,
      };
}

function date(value: Date, field: string, label: string): TProblem | null {
  return isValidDate(value)
    ? null
    : { code: 'invalid_date', field, message: `${label} must be a real date` };
}

/**
 * The first way a KPI definition contradicts the rules, or null. Shared by the schema and by
 * `assessKpi`, so the API refuses on save exactly what the rules would refuse later.
 */
export function kpiDefinitionProblem(kpi: TKpiDefinition): TProblem | null {
  const basic =
    finite(kpi.baseline.value, 'baseline.value', 'The baseline value') ??
    date(kpi.baseline.date, 'baseline.date', 'The baseline date') ??
    finite(kpi.tolerance.value, 'tolerance.value', 'The tolerance');
  if (basic) return basic;
  if (kpi.tolerance.value < 0) {
    return {
      code: 'invalid_number',
      field: 'tolerance.value',
      message: 'The tolerance must be 0 or more',
    };
  }
  if (
    kpi.reportingLagDays != null &&
    (!Number.isInteger(kpi.reportingLagDays) || kpi.reportingLagDays < 0)
  ) {
    return {
      code: 'invalid_number',
      field: 'reportingLagDays',
      message: 'The reporting lag must be a whole number of days, 0 or more',
    };
  }
  if (kpi.direction === 'band') {
    if (!kpi.band)
      return {
        code: 'missing_band',
        field: 'band',
        message: 'A band KPI needs a band low and high',
      };
    const bad =
      finite(kpi.band.low, 'band.low', 'The band low') ??
      finite(kpi.band.high, 'band.high', 'The band high');
    if (bad) return bad;
    if (kpi.band.low > kpi.band.high) {
      return {
        code: 'band_low_above_high',
        field: 'band.low',
        message: `The band low (${kpi.band.low}) is above the band high (${kpi.band.high})`,
      };
    }
    return null;
  }
  const target = kpi.target;
  if (!target) {
    return {
      code: 'missing_target',
      field: 'target',
      message: `A KPI that should ${kpi.direction} needs a target value and date`,
    };
  }
  const bad =
    finite(target.value, 'target.value', 'The target value') ??
    date(target.date, 'target.date', 'The target date');
  if (bad) return bad;
  const baselineDay = londonDayNumber(kpi.baseline.date);
  const targetDay = londonDayNumber(target.date);
  if (targetDay <= baselineDay) {
    return {
      code: 'target_before_baseline',
      field: 'target.date',
      message: 'The target date must be after the baseline date',
    };
  }
  const trajectory = kpi.trajectory ?? [];
  const seen = trajectory.length > 0 ? new Set<number>() : null;
  for (let i = 0; i < trajectory.length; i++) {
    const point = trajectory[i] as (typeof trajectory)[number];
    const wrong =
      finite(point.value, `trajectory.${i}.value`, `Trajectory point ${i + 1}'s value`) ??
      date(point.date, `trajectory.${i}.date`, `Trajectory point ${i + 1}'s date`);
    if (wrong) return wrong;
    const day = londonDayNumber(point.date);
    if (day <= baselineDay || day >= targetDay) {
      return {
        code: 'trajectory_outside_range',
        field: `trajectory.${i}.date`,
        message: `Trajectory point ${i + 1} must fall after the baseline date and before the target date`,
      };
    }
    if (seen?.has(day)) {
      return {
        code: 'duplicate_trajectory_date',
        field: `trajectory.${i}.date`,
        message: `Trajectory point ${i + 1} repeats the date of another point`,
      };
    }
    seen?.add(day);
  }
  return null;
}

export function assertKpiDefinition(kpi: TKpiDefinition): void {
  const problem = kpiDefinitionProblem(kpi);
  if (problem) throw new DomainError(problem.code, problem.message, problem.field);
}
