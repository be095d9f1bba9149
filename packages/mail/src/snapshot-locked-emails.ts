import {
  enqueueEmails,
  findEmailPeople,
  findEmailPeriod,
  findEmailTrust,
  type DbClient,
} from '@belonging/db';
import { snapshotLockedEmails } from '@belonging/domain';
import { outboxDrafts } from './templates/index.ts';

/**
 * Enqueues the board's (and the EDI team's) "report locked" emails for a period. Call it inside
 * the lock's own transaction, after the lock is written, so a lock that fails enqueues nothing.
 * Returns how many were added.
 */
export async function enqueueSnapshotLockedEmails(
  tx: DbClient,
  {
    organisationId,
    periodId,
    appOrigin,
  }: { organisationId: string; periodId: string; appOrigin: string },
): Promise<number> {
  const trust = await findEmailTrust(tx, { organisationId });
  const period = await findEmailPeriod(tx, { organisationId, periodId });
  if (!trust || !period) return 0;
  const people = await findEmailPeople(tx, { organisationId });
  const dues = snapshotLockedEmails({ period, settings: trust, people });
  return enqueueEmails(tx, outboxDrafts(dues, trust, appOrigin));
}
