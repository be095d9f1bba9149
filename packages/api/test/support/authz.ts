import type { Role } from '@belonging/db';
import type { ApiTestBed } from './index.ts';

/**
 * One procedure in the authorisation matrix: how to build a valid input for it (fresh for each
 * call, so mutations that move a version still succeed), and who may call it. A caller outside
 * `allowed` must get FORBIDDEN (UNAUTHORIZED when signed out); an allowed caller must succeed.
 */
export type AuthzRow = {
  /** The procedure's dotted path, as in `appRouter._def.procedures`. */
  path: string;
  /** May return a promise; the matrix awaits it. */
  input: (bed: ApiTestBed) => unknown;
  /** The roles that may call it, or 'public' for anyone including nobody. */
  allowed: Role[] | 'public';
};

/** The demo user who stands for each role in the matrix (each holds exactly that one role). */
export const ROLE_CALLERS: Record<Role, string> = {
  edi_admin: 'edi.lead@belonging.test',
  executive_owner: 'chief.people@belonging.test',
  board_member: 'chair@belonging.test',
  network_rep: 'network.rep@belonging.test',
};
