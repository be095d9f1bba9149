import { addMeasurement } from '@belonging/db/testing';
import type { ApiTestBed } from './index.ts';
import { kpiOwnedBy } from './fixtures.ts';

let next = 0;

/**
 * A fresh whole-population value on the first KPI this person owns (a quarterly percentage in
 * the demo trust), at a quarter end no other test uses, so a correction or deletion acts alone.
 */
export async function freshValue(bed: ApiTestBed, ownerEmail: string, value = 40) {
  const kpi = await kpiOwnedBy(bed, ownerEmail);
  next += 1;
  // Quarter ends from 2001 on: the demo series starts later, so none is taken.
  const periodEnd = new Date(Date.UTC(2001 + Math.floor(next / 4), 3 * (next % 4) + 3, 0));
  return addMeasurement(bed.db, {
    organisationId: bed.organisationId,
    kpiId: kpi.id,
    periodEnd,
    group: '',
    value,
    enteredById: await bed.userId(ownerEmail),
  });
}
