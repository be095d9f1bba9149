import { findPublicationOptions } from '@belonging/db';
import type { AuthzRow } from '../support/authz.ts';
import { freshCommitment } from '../support/admin-fixtures.ts';
import { anyPeriod } from '../support/fixtures.ts';
import { freshPublication } from '../support/publication-fixtures.ts';

const EDI: AuthzRow['allowed'] = ['edi_admin'];

const lockedPeriodId = async (bed: Parameters<AuthzRow['input']>[0]) =>
  (await anyPeriod(bed, true)).id;

/** `admin.publication.*`: only the EDI team previews, publishes and takes down the public page. */
export const PUBLICATION_AUTHZ_ROWS: AuthzRow[] = [
  { path: 'admin.publication.options', allowed: EDI, input: () => undefined },
  {
    path: 'admin.publication.preview',
    allowed: EDI,
    input: async (bed) => ({ periodId: await lockedPeriodId(bed) }),
  },
  {
    path: 'admin.publication.publish',
    allowed: EDI,
    input: async (bed) => ({ periodId: await lockedPeriodId(bed), confirm: true }),
  },
  {
    path: 'admin.publication.unpublish',
    allowed: EDI,
    input: async (bed) => {
      await freshPublication(bed, await lockedPeriodId(bed));
      return undefined;
    },
  },
  { path: 'admin.publication.current', allowed: EDI, input: () => undefined },
  {
    path: 'admin.publication.setInternal',
    allowed: EDI,
    input: async (bed) => ({
      entity: 'commitment',
      id: (await freshCommitment(bed)).id,
      isInternal: true,
    }),
  },
  {
    path: 'admin.publication.setShowOwnerNames',
    allowed: EDI,
    // The opposite of the stored setting, so every call changes something (an unchanged save writes no event).
    input: async (bed) => {
      const { organisation } = await findPublicationOptions(bed.db, bed.organisationId);
      return { showOwnerNames: !organisation?.publicShowsOwnerNames };
    },
  },
];
