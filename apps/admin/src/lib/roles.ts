import { ROLE_LABELS, type TUserRoleInput } from '@belonging/domain';

export const ROLE_OPTIONS = (Object.keys(ROLE_LABELS) as TUserRoleInput[]).map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));

export function roleLabel(role: string): string {
  return Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role as TUserRoleInput] : role;
}
