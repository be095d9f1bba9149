import { z } from 'zod';
import { issuerUrlProblem, ZNewAccountRole } from '../../sign-in-settings.ts';
import { ZId, clearableText } from '../common.ts';

const issuer = clearableText('The issuer', 500).superRefine((value, ctx) => {
  const problem = value ? issuerUrlProblem(value) : null;
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * The trust's sign-in settings, saved whole. The issuer, client id and secret are left out when
 * the server's environment sets them; an empty issuer or client id clears it. The secret is
 * write-only: blank keeps the stored one, `clearClientSecret` removes it.
 */
export const ZAdminSignInSettingsInput = z
  .object({
    issuer,
    clientId: clearableText('The client id', 500),
    clientSecret: z
      .string({ error: 'The client secret must be text' })
      .trim()
      .max(2000, 'The client secret must be 2000 characters or fewer')
      .refine((s) => !s.includes('\u0000'), 'The client secret must not contain control characters')
      .optional(),
    clearClientSecret: z.boolean({ error: 'Remove the secret must be yes or no' }).optional(),
    createAccounts: z.boolean({ error: 'Create accounts must be yes or no' }),
    newAccountRole: ZNewAccountRole.nullish(),
    passwordSignInDisabled: z.boolean({ error: 'Password sign-in off must be yes or no' }),
    breakGlassUserId: ZId.nullish(),
  })
  .superRefine((s, ctx) => {
    if (s.clientSecret && s.clearClientSecret)
      ctx.addIssue({
        code: 'custom',
        path: ['clientSecret'],
        message: 'Either enter a new client secret or remove the stored one, not both',
      });
  });
export type TAdminSignInSettingsInput = z.infer<typeof ZAdminSignInSettingsInput>;
