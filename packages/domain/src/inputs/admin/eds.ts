import { z } from 'zod';
import { EDS_OUTCOMES } from '../../equality.ts';
import { calendarDate, optionalText } from '../common.ts';

/** An EDS assessment year is a financial year, like 2025/26. */
export const ZEdsYear = z
  .string({ error: 'The year must be a financial year like 2025/26' })
  .trim()
  .regex(/^\d{4}\/\d{2}$/, 'The year must be a financial year like 2025/26')
  .refine(
    (y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5)),
    'The year must be two consecutive years, like 2025/26',
  );

export const ZAdminEdsGetInput = z.object({ year: ZEdsYear });
export type TAdminEdsGetInput = z.infer<typeof ZAdminEdsGetInput>;

const ZEdsScoreInput = z.object({
  outcome: z.enum(EDS_OUTCOMES, {
    error: 'The outcome must be one of 1A to 1D, 2A to 2D or 3A to 3C',
  }),
  score: z
    .number({ error: 'The score must be 0, 1, 2 or 3' })
    .int('The score must be 0, 1, 2 or 3')
    .min(0, 'The score must be 0, 1, 2 or 3')
    .max(3, 'The score must be 0, 1, 2 or 3'),
  evidence: optionalText('The evidence', 10_000),
});

/** A year's assessment scores every one of the eleven outcomes once. */
export const ZAdminEdsSaveInput = z.object({
  year: ZEdsYear,
  assessedOn: calendarDate('The assessment date'),
  scores: z
    .array(ZEdsScoreInput, { error: 'Scores must be a list' })
    .max(EDS_OUTCOMES.length, 'Score each outcome once')
    .superRefine((scores, ctx) => {
      const given = new Set(scores.map((s) => s.outcome));
      if (given.size !== scores.length)
        ctx.addIssue({ code: 'custom', message: 'Score each outcome once' });
      const missing = EDS_OUTCOMES.filter((o) => !given.has(o));
      if (missing.length)
        ctx.addIssue({
          code: 'custom',
          message: `Score every outcome: ${missing.join(', ')} missing`,
        });
    }),
});
export type TAdminEdsSaveInput = z.infer<typeof ZAdminEdsSaveInput>;
