import type { DbClient } from '../client.ts';

// The public progress page's publications. Building the payload and deciding what may be public
// happen in @belonging/domain; this file stores the frozen payload and finds the current one.

export type TPublicationDraft = {
  organisationId: string;
  periodId: string;
  workforceUploadId: string | null;
  /** JSON text of a TPublicPayload. */
  payload: string;
  publishedById: string;
};

/**
 * Stores a publication and retires the trust's previous one in the same statement set, so there
 * is always at most one current publication per trust. Call inside the publish transaction.
 */
export async function createPublication(db: DbClient, draft: TPublicationDraft, at: Date) {
  await db.publication.updateMany({
    where: { organisationId: draft.organisationId, unpublishedAt: null },
    data: { unpublishedAt: at, unpublishedById: draft.publishedById },
  });
  return db.publication.create({
    data: { ...draft, publishedAt: at },
    select: { id: true, publishedAt: true },
  });
}

/** The trust's current publication, found by its public slug; null when nothing is published. */
export function findCurrentPublicationBySlug(db: DbClient, slug: string) {
  return db.publication.findFirst({
    where: { organisation: { slug }, unpublishedAt: null },
    orderBy: { publishedAt: 'desc' },
    select: { id: true, payload: true, publishedAt: true },
  });
}
