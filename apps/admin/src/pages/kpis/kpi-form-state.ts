/** The KPI form as typed: every field is text until it is checked with the shared schema. */
export type KpiFormState = {
  placement: string;
  code: string;
  title: string;
  definition: string;
  dataSource: string;
  ownerId: string;
  unit: 'percent' | 'ratio' | 'number' | 'score' | 'currency';
  direction: 'increase' | 'decrease' | 'band';
  baselineValue: string;
  baselineDate: string;
  targetValue: string;
  targetDate: string;
  bandLow: string;
  bandHigh: string;
  toleranceKind: 'absolute' | 'relative';
  toleranceValue: string;
  trajectory: { date: string; value: string }[];
  frequency: 'monthly' | 'quarterly' | 'annual';
  reportingLagDays: string;
  spcMinimumPoints: string;
  spcShiftLength: string;
  spcTrendLength: string;
  spcScreenOutliers: boolean;
  spcConflict: 'improvement' | 'concern';
  ediPlanTags: string;
  edsTags: string;
  rangeLow: string;
  rangeHigh: string;
};

export const EMPTY_KPI_FORM: KpiFormState = {
  placement: '',
  code: '',
  title: '',
  definition: '',
  dataSource: '',
  ownerId: '',
  unit: 'percent',
  direction: 'increase',
  baselineValue: '',
  baselineDate: '',
  targetValue: '',
  targetDate: '',
  bandLow: '',
  bandHigh: '',
  toleranceKind: 'relative',
  toleranceValue: '10',
  trajectory: [],
  frequency: 'annual',
  reportingLagDays: '',
  spcMinimumPoints: '13',
  spcShiftLength: '6',
  spcTrendLength: '6',
  spcScreenOutliers: false,
  spcConflict: 'improvement',
  ediPlanTags: '',
  edsTags: '',
  rangeLow: '',
  rangeHigh: '',
};

/** A number from a text box; empty stays undefined so the schema says "enter …" rather than 0. */
export function numberOrUndefined(text: string): number | undefined {
  const t = text.trim().replace(/,/g, '');
  return t === '' ? undefined : Number(t);
}

/** The part of the form that decides the colour and SPC reading, shaped for the shared schema. */
export function kpiRulesFrom(f: KpiFormState) {
  const isBand = f.direction === 'band';
  return {
    unit: f.unit,
    direction: f.direction,
    baseline: { value: numberOrUndefined(f.baselineValue), date: f.baselineDate },
    target: isBand ? null : { value: numberOrUndefined(f.targetValue), date: f.targetDate },
    band: isBand
      ? { low: numberOrUndefined(f.bandLow), high: numberOrUndefined(f.bandHigh) }
      : null,
    tolerance: { kind: f.toleranceKind, value: numberOrUndefined(f.toleranceValue) },
    trajectory: f.trajectory.map((p) => ({ date: p.date, value: numberOrUndefined(p.value) })),
    frequency: f.frequency,
    reportingLagDays: numberOrUndefined(f.reportingLagDays) ?? null,
    spc: {
      minimumPoints: numberOrUndefined(f.spcMinimumPoints),
      shiftLength: numberOrUndefined(f.spcShiftLength),
      trendLength: numberOrUndefined(f.spcTrendLength),
      screenOutliers: f.spcScreenOutliers,
      conflict: f.spcConflict,
    },
    rangeLow: numberOrUndefined(f.rangeLow) ?? null,
    rangeHigh: numberOrUndefined(f.rangeHigh) ?? null,
  };
}

/** "ambition:<id>" or "commitment:<id>" from the placement list, as the schema's two fields. */
export function placementFrom(value: string): {
  ambitionId: string | null;
  commitmentId: string | null;
} {
  const [kind, id] = value.split(':');
  return {
    ambitionId: kind === 'ambition' && id ? id : null,
    commitmentId: kind === 'commitment' && id ? id : null,
  };
}
