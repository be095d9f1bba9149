import type { Role } from '../generated/sqlite/enums.ts';

/** The demo trust's sign-in password: demo data only, printed on the console at start. */
export const DEMO_PASSWORD = 'belonging-demo';

export const DEMO_ORGANISATION = {
  slug: 'demo-partnership',
  name: 'Demo Partnership NHS Foundation Trust',
} as const;

export type DemoUser = { email: string; name: string; jobTitle: string; role: Role };

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'edi.lead@belonging.test',
    name: 'Ama Owusu',
    jobTitle: 'Head of Equality, Diversity and Inclusion',
    role: 'edi_admin',
  },
  {
    email: 'chief.people@belonging.test',
    name: 'Daniel Hart',
    jobTitle: 'Chief People Officer',
    role: 'executive_owner',
  },
  {
    email: 'chief.nurse@belonging.test',
    name: 'Priya Raman',
    jobTitle: 'Chief Nurse',
    role: 'executive_owner',
  },
  {
    email: 'medical.director@belonging.test',
    name: 'Tomasz Nowak',
    jobTitle: 'Medical Director',
    role: 'executive_owner',
  },
  {
    email: 'corporate.affairs@belonging.test',
    name: 'Helen Brooks',
    jobTitle: 'Director of Corporate Affairs',
    role: 'executive_owner',
  },
  {
    email: 'chair@belonging.test',
    name: 'Margaret Ellis',
    jobTitle: 'Chair',
    role: 'board_member',
  },
  {
    email: 'ned@belonging.test',
    name: 'Kwame Mensah',
    jobTitle: 'Non-executive director',
    role: 'board_member',
  },
  {
    email: 'network.rep@belonging.test',
    name: 'Leila Haddad',
    jobTitle: 'BAME staff network chair',
    role: 'network_rep',
  },
];

/** The four executive owners, by the short key the seed content uses. */
export const OWNER_EMAILS = {
  people: 'chief.people@belonging.test',
  nurse: 'chief.nurse@belonging.test',
  medical: 'medical.director@belonging.test',
  corporate: 'corporate.affairs@belonging.test',
} as const;

export type OwnerKey = keyof typeof OWNER_EMAILS;
