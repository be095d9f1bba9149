import { countAuditEvents, type Provider } from '@belonging/db';
import { findLatestAuditEventFor } from '@belonging/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { createApiTestBed, DEMO, type ApiTestBed } from './index.ts';

/**
 * One test bed for the enclosing describe: made before its first test, dropped after its last.
 * Call it at the top of a `describe.each(testProviders())` body so each provider gets its own.
 * `today` seeds the demo trust as of another day (its periods, locks and history follow it).
 */
export function useApiTestBed(provider: Provider, today?: Date) {
  // Filled in by beforeAll, so the describe body can hand `bed` to tests before it exists.
  const bed = {} as ApiTestBed;
  let created: ApiTestBed | undefined;

  beforeAll(async () => {
    created = await createApiTestBed(provider, today);
    Object.assign(bed, created);
  });

  afterAll(async () => {
    await created?.drop();
  });

  return {
    bed,
    /** Audit events of the demo trust, so a write can be checked to leave exactly one. */
    auditCount: () => countAuditEvents(bed.db, { organisationId: bed.organisationId }),
    /** A caller signed in as the EDI lead. */
    admin: () => bed.callerAs(DEMO.admin),
    /** The newest audit event about one row. */
    lastEvent: (entityId: string) => findLatestAuditEventFor(bed.db, { entityId }),
  };
}
