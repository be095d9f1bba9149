import { z } from 'zod';
import { ZId, calendarDate, finiteNumber, optionalText } from './common.ts';

const count = (label: string) =>
  z
    .number({ error: `${label} must be a whole number` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} must be 0 or more`)
    .max(10_000_000, `${label} is too large`);

/** One KPI value for a period (and optionally a group such as "BME" or "Black women"). */
export const ZMeasurementInput = z
  .object({
    kpiId: ZId,
    periodEnd: calendarDate('The period end'),
    value: finiteNumber('The value'),
    group: optionalText('The group', 80),
    numerator: count('The numerator').optional(),
    denominator: count('The denominator').optional(),
    note: optionalText('The note', 2000),
  })
  .superRefine((m, ctx) => {
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
  });
export type TMeasurementInput = z.infer<typeof ZMeasurementInput>;
