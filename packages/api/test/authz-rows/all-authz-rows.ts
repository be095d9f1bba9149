import { ADMIN_AUTHZ_ROWS } from './admin-authz-rows.ts';
import { KPI_VALUE_AUTHZ_ROWS } from './kpi-values-authz-rows.ts';
import { BOARD_PAPER_AUTHZ_ROWS } from './board-paper-authz-rows.ts';
import { WORKFORCE_AUTHZ_ROWS } from './workforce-authz-rows.ts';
import { PERIOD_AUTHZ_ROWS } from './period-authz-rows.ts';
import type { AuthzRow } from '../support/authz.ts';
import { CORE_AUTHZ_ROWS } from './core-authz-rows.ts';
import { PUBLICATION_AUTHZ_ROWS } from './publication-authz-rows.ts';
import { SIGN_IN_SETTINGS_AUTHZ_ROWS } from './sign-in-settings-authz-rows.ts';
import { EMAIL_AUTHZ_ROWS } from './email-authz-rows.ts';

/** The whole authorisation table: the core procedures, the EDI team's administration and its workforce figures. */
export const ALL_AUTHZ_ROWS: AuthzRow[] = [
  ...CORE_AUTHZ_ROWS,
  ...KPI_VALUE_AUTHZ_ROWS,
  ...ADMIN_AUTHZ_ROWS,
  ...WORKFORCE_AUTHZ_ROWS,
  ...BOARD_PAPER_AUTHZ_ROWS,
  ...PERIOD_AUTHZ_ROWS,
  ...PUBLICATION_AUTHZ_ROWS,
  ...SIGN_IN_SETTINGS_AUTHZ_ROWS,
  ...EMAIL_AUTHZ_ROWS,
];
