import { z } from 'zod';
import { ZEmail } from '../auth.ts';
import { ZId, optionalText, requiredText } from '../common.ts';

export const ZUserRoleInput = z.enum(
  ['edi_admin', 'executive_owner', 'board_member', 'network_rep'],
  {
    error: 'Roles must be EDI team, executive owner, board member or staff network representative',
  },
);
export type TUserRoleInput = z.infer<typeof ZUserRoleInput>;

const roles = z
  .array(ZUserRoleInput, { error: 'Roles must be a list' })
  .min(1, 'Choose at least one role')
  .max(4, 'Choose each role at most once')
  .refine((r) => new Set(r).size === r.length, 'Choose each role at most once');

export const ZAdminUserCreateInput = z.object({
  email: ZEmail,
  name: requiredText('The name', 200),
  jobTitle: optionalText('The job title', 200),
  roles,
  /** Left out, the server makes one and shows it once. */
  temporaryPassword: z
    .string({ error: 'The temporary password must be text' })
    .min(12, 'The temporary password must be at least 12 characters')
    .max(256, 'The temporary password must be 256 characters or fewer')
    .optional(),
});
export type TAdminUserCreateInput = z.infer<typeof ZAdminUserCreateInput>;

export const ZAdminUserSetRolesInput = z.object({ userId: ZId, roles });
export type TAdminUserSetRolesInput = z.infer<typeof ZAdminUserSetRolesInput>;

export const ZAdminUserDeactivateInput = z.object({ userId: ZId, reassignTo: ZId.nullish() });
export type TAdminUserDeactivateInput = z.infer<typeof ZAdminUserDeactivateInput>;

/** A leaver let back in: they sign in again with their old password and roles. */
export const ZAdminUserReactivateInput = z.object({ userId: ZId });
export type TAdminUserReactivateInput = z.infer<typeof ZAdminUserReactivateInput>;

/** A new temporary password for someone who has lost theirs: shown once, changed at sign-in. */
export const ZAdminUserResetPasswordInput = z.object({ userId: ZId });
export type TAdminUserResetPasswordInput = z.infer<typeof ZAdminUserResetPasswordInput>;
