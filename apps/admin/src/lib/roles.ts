export const ROLE_OPTIONS = [
  { value: 'edi_admin', label: 'EDI team' },
  { value: 'executive_owner', label: 'Executive owner' },
  { value: 'board_member', label: 'Board member' },
  { value: 'network_rep', label: 'Staff network representative' },
] as const;

export type TRoleKey = (typeof ROLE_OPTIONS)[number]['value'];

export function roleLabel(role: string): string {
  return ROLE_OPTIONS.find((r) => r.value === role)?.label ?? role;
}
