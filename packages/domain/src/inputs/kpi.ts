import { z } from 'zod';
import { ZId, calendarDate, kpiValue, optionalText, requiredText } from './common.ts';

const count = (label: string) =>
  z
    .number({ error: `${label} must be a whole number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} must be 0 or more`)
    .max(10_000_000, `${label} is too large`);

/** Both counts or neither, and never more in the measure than were counted. */
function refineCounts(
  m: { numerator?: number | undefined; denominator?: number | undefined },
  ctx: z.RefinementCtx,
) {
  if ((m.numerator === undefined) !== (m.denominator === undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: [m.numerator === undefined ? 'numerator' : 'denominator'],
      message: 'Give both the numerator and the denominator, or neither',
    });
  }
  if (m.numerator !== undefined && m.denominator !== undefined && m.numerator > m.denominator) {
    ctx.addIssue({
      code: 'custom',
      path: ['numerator'],
      message: 'The numerator cannot be larger than the denominator',
    });
  }
}

/** One KPI value for a period (and optionally a group such as "BME" or "Black women"). */
export const ZMeasurementInput = z
  .object({
    kpiId: ZId,
    periodEnd: calendarDate('The period end'),
    value: kpiValue('The value'),
    group: optionalText('The group', 80),
    numerator: count('The numerator').optional(),
    denominator: count('The denominator').optional(),
    note: optionalText('The note', 2000),
  })
  .superRefine(refineCounts);
export type TMeasurementInput = z.infer<typeof ZMeasurementInput>;

const reason = (label: string) => requiredText(label, 1000);

/**
 * A wrong value put right: the new value (and its counts, given whole: left out clears them) and
 * why, which the audit event keeps beside the old value.
 */
export const ZMeasurementCorrectInput = z
  .object({
    id: ZId,
    value: kpiValue('The value'),
    numerator: count('The numerator').optional(),
    denominator: count('The denominator').optional(),
    reason: reason('The reason for the correction'),
  })
  .superRefine(refineCounts);
export type TMeasurementCorrectInput = z.infer<typeof ZMeasurementCorrectInput>;

/** A value that should never have been recorded, removed with the reason the audit event keeps. */
export const ZMeasurementDeleteInput = z.object({
  id: ZId,
  reason: reason('The reason for deleting the value'),
});
export type TMeasurementDeleteInput = z.infer<typeof ZMeasurementDeleteInput>;
