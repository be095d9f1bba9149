import { z } from 'zod';
import {
  ZId,
  calendarDate,
  finiteNumber,
  kpiValue,
  optionalText,
  requiredText,
} from '../common.ts';
import { kpiDefinitionProblem, type TKpiDefinition } from '../../kpi-definition.ts';
import { isSignedPercent } from '../../library/indicators.ts';
import { kpiValueProblems } from '../../value-range.ts';
import { ZExpectedVersion, ZTagsInput } from './common.ts';

export const ZKpiUnitInput = z.enum(['percent', 'ratio', 'number', 'score', 'currency'], {
  error: 'The unit must be percent, ratio, number, score or currency',
});
export const ZKpiDirectionInput = z.enum(['increase', 'decrease', 'band'], {
  error: 'The direction must be increase, decrease or band',
});
export const ZKpiFrequencyInput = z.enum(['monthly', 'quarterly', 'annual'], {
  error: 'The frequency must be monthly, quarterly or annual',
});

const ZDatedValue = (label: string) =>
  z.object(
    { value: kpiValue(`The ${label} value`), date: calendarDate(`The ${label} date`) },
    { error: `Enter the ${label} value and date` },
  );

export const ZKpiBandInput = z.object(
  { low: kpiValue('The band’s low end'), high: kpiValue('The band’s high end') },
  { error: 'Enter the band’s low and high ends' },
);

export const ZKpiToleranceInput = z.object(
  {
    kind: z.enum(['absolute', 'relative'], { error: 'The tolerance must be absolute or relative' }),
    value: finiteNumber('The tolerance')
      .min(0, 'The tolerance must be 0 or more')
      .max(1_000_000, 'The tolerance is too large'),
  },
  { error: 'Enter the tolerance' },
);

export const ZKpiSpcSettingsInput = z.object({
  minimumPoints: z
    .number({ error: 'The minimum points for SPC limits must be a number' })
    .int('The minimum points for SPC limits must be a whole number')
    .min(2, 'The minimum points for SPC limits must be 2 or more')
    .max(100, 'The minimum points for SPC limits must be 100 or fewer')
    .default(13),
  shiftLength: runLength('The shift length').default(6),
  trendLength: runLength('The trend length').default(6),
  screenOutliers: z
    .boolean({ error: 'Screening moving-range outliers must be true or false' })
    .default(false),
  conflict: z
    .enum(['improvement', 'concern'], {
      error: 'A point flagged both ways must show as improvement or concern',
    })
    .default('improvement'),
});
export type TKpiSpcSettingsInput = z.infer<typeof ZKpiSpcSettingsInput>;

function runLength(label: string) {
  return z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(6, `${label} must be 6, 7 or 8`)
    .max(8, `${label} must be 6, 7 or 8`);
}

/** The fields that decide a KPI's colour and SPC reading. */
const kpiRuleFields = {
  unit: ZKpiUnitInput,
  direction: ZKpiDirectionInput,
  baseline: ZDatedValue('baseline'),
  target: ZDatedValue('target').nullish(),
  band: ZKpiBandInput.nullish(),
  tolerance: ZKpiToleranceInput,
  trajectory: z
    .array(ZDatedValue('trajectory point'), { error: 'Trajectory points must be a list' })
    .max(120, 'Give 120 trajectory points or fewer')
    .default([]),
  frequency: ZKpiFrequencyInput,
  reportingLagDays: z
    .number({ error: 'The reporting lag must be a number of days' })
    .int('The reporting lag must be a whole number of days')
    .min(0, 'The reporting lag must be 0 days or more')
    .max(730, 'The reporting lag must be 730 days or fewer')
    .nullish(),
  spc: ZKpiSpcSettingsInput.prefault({}),
  /** The KPI's own sensible range, inside its unit's: values outside it are refused. */
  rangeLow: kpiValue('The lowest sensible value').nullish(),
  rangeHigh: kpiValue('The highest sensible value').nullish(),
};

/** The rule fields of a KPI, as the rules read them. */
export type TKpiRules = Pick<
  TKpiDefinition,
  | 'direction'
  | 'baseline'
  | 'target'
  | 'band'
  | 'tolerance'
  | 'trajectory'
  | 'frequency'
  | 'reportingLagDays'
>;

/**
 * Refuses what the rules would refuse (`kpiDefinitionProblem`), at the field that is wrong, so a
 * definition that saves is one the rules can always assess.
 */
function refineRules(
  rules: TKpiRules & TKpiRangeFields & { code?: string; tags?: readonly TTag[] },
  ctx: z.RefinementCtx,
) {
  const problem = kpiDefinitionProblem(rules);
  if (problem)
    ctx.addIssue({ code: 'custom', path: problem.field.split('.'), message: problem.message });
  for (const p of kpiValueProblems({ ...rules, signedPercent: isSignedPercentRules(rules) }))
    ctx.addIssue({ code: 'custom', path: p.field.split('.'), message: p.message });
}

type TTag = { framework: string; code: string };
type TKpiRangeFields = {
  unit: z.infer<typeof ZKpiUnitInput>;
  rangeLow?: number | null;
  rangeHigh?: number | null;
};

/** A percentage KPI's definition is signed when its code, tags or numbers say it is a gap. */
function isSignedPercentRules(
  k: TKpiRules & TKpiRangeFields & { code?: string; tags?: readonly TTag[] },
): boolean {
  return (
    k.unit === 'percent' &&
    isSignedPercent({
      code: k.code ?? '',
      baselineValue: k.baseline.value,
      targetValue: k.target?.value ?? null,
      bandLow: k.band?.low ?? null,
      tags: k.tags,
    })
  );
}

export const ZAdminKpiRulesInput = z.object(kpiRuleFields).superRefine(refineRules);
export type TAdminKpiRulesInput = z.infer<typeof ZAdminKpiRulesInput>;

export const ZKpiCode = z
  .string({ error: 'The KPI code must be text' })
  .trim()
  .min(1, 'Enter the KPI code')
  .max(40, 'The KPI code must be 40 characters or fewer')
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'The KPI code may use only letters, numbers, dots, hyphens and underscores, like WRES-2',
  );

const kpiTextFields = {
  code: ZKpiCode,
  title: requiredText('The KPI title', 300),
  definition: optionalText('The definition', 5000),
  dataSource: optionalText('The data source', 500),
  ownerId: ZId.nullish(),
  tags: ZTagsInput.default([]),
};

/** A KPI sits under exactly one ambition or one commitment. */
function refinePlacement(
  k: { ambitionId?: string | null; commitmentId?: string | null },
  ctx: z.RefinementCtx,
) {
  if (!k.ambitionId === !k.commitmentId) {
    ctx.addIssue({
      code: 'custom',
      path: ['commitmentId'],
      message: 'Choose either an ambition or a commitment for the KPI',
    });
  }
}

const placement = { ambitionId: ZId.nullish(), commitmentId: ZId.nullish() };

export const ZAdminKpiCreateInput = z
  .object({ ...placement, ...kpiTextFields, ...kpiRuleFields })
  .superRefine((k, ctx) => {
    refinePlacement(k, ctx);
    refineRules(k, ctx);
  });
export type TAdminKpiCreateInput = z.infer<typeof ZAdminKpiCreateInput>;

/**
 * Everything the KPI form edits, given whole (trajectory points replace the old set). Moving the
 * KPI is optional: give both placement fields to move it, or neither.
 */
export const ZAdminKpiUpdateInput = z
  .object({
    id: ZId,
    expectedVersion: ZExpectedVersion,
    ...placement,
    ...kpiTextFields,
    ...kpiRuleFields,
  })
  .superRefine((k, ctx) => {
    if (k.ambitionId || k.commitmentId) refinePlacement(k, ctx);
    refineRules(k, ctx);
  });
export type TAdminKpiUpdateInput = z.infer<typeof ZAdminKpiUpdateInput>;

export const ZAdminKpiArchiveInput = z.object({ id: ZId, expectedVersion: ZExpectedVersion });
export type TAdminKpiArchiveInput = z.infer<typeof ZAdminKpiArchiveInput>;

export const ZAdminKpiPreviewInput = z.object({
  definition: ZAdminKpiRulesInput,
  kpiId: ZId.optional(),
});
export type TAdminKpiPreviewInput = z.infer<typeof ZAdminKpiPreviewInput>;

/** A KPI from the NHS indicator library: the library fills the definition, the trust the numbers. */
export const ZAdminKpiFromLibraryInput = z
  .object({
    libraryCode: z
      .string({ error: 'Choose an indicator from the library' })
      .trim()
      .min(1, 'Choose an indicator from the library')
      .max(40),
    ...placement,
    code: ZKpiCode.optional(),
    title: requiredText('The KPI title', 300).optional(),
    baseline: ZDatedValue('baseline'),
    target: ZDatedValue('target').nullish(),
    band: ZKpiBandInput.nullish(),
    tolerance: ZKpiToleranceInput.default({ kind: 'relative', value: 10 }),
    trajectory: kpiRuleFields.trajectory,
    frequency: ZKpiFrequencyInput.optional(),
    reportingLagDays: kpiRuleFields.reportingLagDays,
    ownerId: ZId.nullish(),
    spc: kpiRuleFields.spc,
    rangeLow: kpiRuleFields.rangeLow,
    rangeHigh: kpiRuleFields.rangeHigh,
  })
  .superRefine(refinePlacement);
export type TAdminKpiFromLibraryInput = z.infer<typeof ZAdminKpiFromLibraryInput>;
