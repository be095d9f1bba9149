import type { TStaffGroup } from './types.ts';

/** Each staff group in the words of the WRES and WDES returns. */
export const STAFF_GROUP_LABELS: Record<TStaffGroup, string> = {
  clinical: 'Clinical',
  non_clinical: 'Non-clinical',
  medical: 'Medical and dental',
};
