import { z } from 'zod';
import { ZEmail } from '../auth.ts';
import { requiredText } from '../common.ts';

/** A financial year label, like 2023/24: two consecutive years. */
export function financialYearText(label: string) {
  return z
    .string({ error: `${label} must be a financial year like 2023/24` })
    .trim()
    .regex(/^\d{4}\/\d{2}$/, `${label} must be a financial year like 2023/24`)
    .refine(
      (y) => (Number(y.slice(0, 4)) + 1) % 100 === Number(y.slice(5)),
      `${label} must be two consecutive years, like 2023/24`,
    );
}

/** The strategy's title, its years, and how colours roll up (DOMAIN.md §4: threshold share or worst). */
export const ZAdminStrategySaveInput = z
  .object({
    title: requiredText('The strategy title', 300),
    startYear: financialYearText('The start year'),
    endYear: financialYearText('The end year'),
    rollupRule: z.enum(['threshold', 'worst'], {
      error: 'The roll-up rule must be threshold or worst',
    }),
    redShare: z
      .number({ error: 'The red share must be a number' })
      .gt(0, 'The red share must be more than 0')
      .max(1, 'The red share must be 1 or less'),
  })
  .superRefine((s, ctx) => {
    if (s.endYear < s.startYear)
      ctx.addIssue({
        code: 'custom',
        path: ['endYear'],
        message: 'The end year cannot be before the start year',
      });
  });
export type TAdminStrategySaveInput = z.infer<typeof ZAdminStrategySaveInput>;

const slug = z
  .string({ error: 'The slug must be text' })
  .trim()
  .min(2, 'The slug must be at least 2 characters')
  .max(60, 'The slug must be 60 characters or fewer')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'The slug must be lower-case letters and digits joined by hyphens, like east-herts-nhs',
  );

/** A new trust on an empty instance, with its first EDI team member. */
export const ZTrustCreateInput = z.object({
  name: requiredText('The trust name', 200),
  slug,
  adminEmail: ZEmail,
  adminName: requiredText('The admin name', 200),
});
export type TTrustCreateInput = z.infer<typeof ZTrustCreateInput>;
