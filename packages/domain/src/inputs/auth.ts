import { z } from 'zod';

export const ZEmail = z
  .string({ error: 'Enter your email address' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@nhs.net' }));

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z
    .string({ error: 'Enter your password' })
    .min(1, 'Enter your password')
    .max(256, 'Password is too long'),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZNewPassword = z
  .string({ error: 'Enter a new password' })
  .min(12, {
    error: (issue) =>
      issue.input === '' ? 'Enter a new password' : 'New password must be at least 12 characters',
  })
  .max(256, 'New password must be 256 characters or fewer');

export const ZChangePasswordInput = z
  .object({
    currentPassword: z
      .string({ error: 'Enter your current password' })
      .min(1, 'Enter your current password')
      .max(256, 'Current password is too long'),
    newPassword: ZNewPassword,
  })
  .refine((v) => v.currentPassword !== v.newPassword, {
    path: ['newPassword'],
    message: 'New password must be different from your current password',
  });
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;
