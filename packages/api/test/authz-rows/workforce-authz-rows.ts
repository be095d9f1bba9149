import type { AuthzRow } from '../support/authz.ts';
import { freshWorkforceUpload } from '../support/workforce-fixtures.ts';

const EDI: AuthzRow['allowed'] = ['edi_admin'];

/** `admin.workforce.*`: only the EDI team may read uploads or save them to the KPIs. */
export const WORKFORCE_AUTHZ_ROWS: AuthzRow[] = [
  { path: 'admin.workforce.list', allowed: EDI, input: () => undefined },
  {
    path: 'admin.workforce.byId',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshWorkforceUpload(bed)).id }),
  },
  {
    path: 'admin.workforce.save',
    allowed: EDI,
    input: async (bed) => ({ id: (await freshWorkforceUpload(bed)).id, addKpiCodes: [] }),
  },
];
