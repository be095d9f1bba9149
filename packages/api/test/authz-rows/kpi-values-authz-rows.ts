import type { AuthzRow } from '../support/authz.ts';
import { ROLE_CALLERS } from '../support/authz.ts';
import { freshValue } from '../support/value-fixtures.ts';

const OWNER = ROLE_CALLERS.executive_owner;

/** Correcting and deleting a value: its KPI's owner and the EDI team, each on a fresh value. */
export const KPI_VALUE_AUTHZ_ROWS: AuthzRow[] = [
  {
    path: 'kpi.correctMeasurement',
    allowed: ['executive_owner', 'edi_admin'],
    input: async (bed) => ({
      id: (await freshValue(bed, OWNER)).id,
      value: 41,
      reason: 'Typed 40 instead of 41',
    }),
  },
  {
    path: 'kpi.deleteMeasurement',
    allowed: ['executive_owner', 'edi_admin'],
    input: async (bed) => ({
      id: (await freshValue(bed, OWNER)).id,
      reason: 'Recorded against the wrong KPI',
    }),
  },
];
