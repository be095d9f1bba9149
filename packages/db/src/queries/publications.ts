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

/**
 * The id of the trust's current publication, found by its public slug; null when nothing is
 * published. The public route asks this on every request and reads the payload only when it has
 * not rendered that publication before (`findPublicationPayload`).
 */
export function findCurrentPublicationIdBySlug(db: DbClient, slug: string) {
  return db.publication.findFirst({
    where: { organisation: { slug }, unpublishedAt: null },
    orderBy: { publishedAt: 'desc' },
    select: { id: true },
  });
}

/** A publication's payload (JSON text); a publication never changes, so its id names it for good. */
export async function findPublicationPayload(db: DbClient, id: string): Promise<string | null> {
  const row = await db.publication.findUnique({ where: { id }, select: { payload: true } });
  return row?.payload ?? null;
}

/** The trust's current publication, found by its public slug; null when nothing is published. */
export function findCurrentPublicationBySlug(db: DbClient, slug: string) {
  return db.publication.findFirst({
    where: { organisation: { slug }, unpublishedAt: null },
    orderBy: { publishedAt: 'desc' },
    select: { id: true, payload: true, publishedAt: true },
  });
}

const publicationSelect = {
  id: true,
  periodId: true,
  workforceUploadId: true,
  publishedAt: true,
  publishedBy: { select: { id: true, name: true } },
  unpublishedAt: true,
  unpublishedBy: { select: { id: true, name: true } },
} as const;

/** The trust's current publication with its payload (JSON text), or null when nothing is public. */
export function findCurrentPublication(db: DbClient, organisationId: string) {
  return db.publication.findFirst({
    where: { organisationId, unpublishedAt: null },
    orderBy: { publishedAt: 'desc' },
    select: { ...publicationSelect, payload: true },
  });
}

/** Every publication of the trust, newest first, without payloads: the current one and the past. */
export function listPublications(db: DbClient, organisationId: string) {
  return db.publication.findMany({
    where: { organisationId },
    orderBy: { publishedAt: 'desc' },
    take: 100,
    select: publicationSelect,
  });
}

/**
 * Takes the trust's current publication down: the public page answers 404 from the next request.
 * Answers the publication taken down, or null when nothing was published.
 */
export async function unpublishCurrent(
  db: DbClient,
  { organisationId, userId, at }: { organisationId: string; userId: string; at: Date },
) {
  const current = await db.publication.findFirst({
    where: { organisationId, unpublishedAt: null },
    orderBy: { publishedAt: 'desc' },
    select: { id: true, periodId: true, workforceUploadId: true, publishedAt: true },
  });
  if (!current) return null;
  // Every current row, not just the newest, so the page is down however many there were.
  await db.publication.updateMany({
    where: { organisationId, unpublishedAt: null },
    data: { unpublishedAt: at, unpublishedById: userId },
  });
  return current;
}

/** What the EDI team can publish: the current strategy's locked periods and the saved workforce years. */
export async function findPublicationOptions(db: DbClient, organisationId: string) {
  const [organisation, periods, uploads] = await Promise.all([
    db.organisation.findUnique({
      where: { id: organisationId },
      select: { slug: true, publicShowsOwnerNames: true },
    }),
    db.reportingPeriod.findMany({
      where: {
        organisationId,
        archivedAt: null,
        lockedAt: { not: null },
        strategy: { archivedAt: null },
      },
      orderBy: { endDate: 'desc' },
      select: { id: true, label: true, startDate: true, endDate: true, lockedAt: true },
    }),
    db.workforceUpload.findMany({
      where: { organisationId, savedAt: { not: null } },
      orderBy: [{ asOf: 'desc' }, { savedAt: 'desc' }],
      select: { id: true, asOf: true, threshold: true, savedAt: true },
    }),
  ]);
  return { organisation, periods, uploads };
}

/** The labels of these periods of the trust, by id (for naming past publications). */
export async function findPeriodLabels(
  db: DbClient,
  { organisationId, ids }: { organisationId: string; ids: readonly string[] },
) {
  const rows = await db.reportingPeriod.findMany({
    where: { organisationId, id: { in: [...new Set(ids)] } },
    select: { id: true, label: true },
  });
  return new Map(rows.map((r) => [r.id, r.label]));
}
