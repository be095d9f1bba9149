import { ROLE_LABELS, roleNoun, type TUserRoleInput } from '@belonging/domain';

export type TRole = TUserRoleInput;

export function isOwner(roles: readonly string[]): boolean {
  return roles.includes('executive_owner');
}

/** Where each person's work is: owners update their actions; everyone else reads the board report. */
export function landingFor(roles: readonly string[]): string {
  return isOwner(roles) ? '/actions' : '/report';
}

export function navFor(roles: readonly string[]): { href: string; label: string }[] {
  const items = [];
  if (isOwner(roles)) items.push({ href: '/actions', label: 'My actions' });
  items.push(
    { href: '/report', label: 'Board report' },
    { href: '/strategy', label: 'Strategy' },
    { href: '/kpis', label: 'KPIs' },
  );
  // The EDI team's own app lives beside this one, outside the client-side router.
  if (roles.includes('edi_admin')) items.push({ href: '/admin/', label: 'Admin' });
  return items;
}

/** "a board member", "an executive owner": for messages that explain a refusal. */
export function describeRoles(roles: readonly string[]): string {
  const names = roles.filter((r): r is TRole => Object.hasOwn(ROLE_LABELS, r)).map(roleNoun);
  if (names.length === 0) return 'someone with no role in this trust';
  const first = names.join(' and ');
  return `${/^[aeiou]/i.test(first) ? 'an' : 'a'} ${first}`;
}
