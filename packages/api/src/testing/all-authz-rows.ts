import { ADMIN_AUTHZ_ROWS } from '../routers/admin/authz-rows.ts';
import type { AuthzRow } from './authz.ts';
import { CORE_AUTHZ_ROWS } from './core-authz-rows.ts';

/** The whole authorisation table: the core procedures and the EDI team's administration. */
export const ALL_AUTHZ_ROWS: AuthzRow[] = [...CORE_AUTHZ_ROWS, ...ADMIN_AUTHZ_ROWS];
