import type { Actor, Db } from '@belonging/db';
import type { TPublicPayload } from '@belonging/domain';

export type TPublicationChoice = {
  /** A locked period of the trust's current strategy. */
  periodId: string;
  /** A saved workforce upload of the trust, or none. */
  workforceUploadId?: string | null;
};

/**
 * Exactly what the public would see if `actor` (an EDI admin) published this choice now: the
 * payload is built live and nothing is written. Throws an ApiError (BAD_REQUEST with field errors)
 * for an unlocked period or an unsaved upload, NOT_FOUND for another trust's ids.
 */
export async function buildPublicationPreview(
  db: Db,
  actor: Actor,
  choice: TPublicationChoice,
  now: Date = new Date(),
): Promise<TPublicPayload> {
  void db;
  void actor;
  void choice;
  void now;
  throw new Error('buildPublicationPreview: being written (publication-data helper)');
}
