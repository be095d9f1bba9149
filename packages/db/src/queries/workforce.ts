import type { DbClient } from '../client.ts';

/** The provenance of a workforce upload: who, when, which files (name, SHA-256, rows) and date. */
export type WorkforceProvenance = {
  asOf: Date;
  threshold: number;
  staffFileName: string;
  staffSha256: string;
  staffRows: number;
  recruitmentFileName: string | null;
  recruitmentSha256: string | null;
  recruitmentRows: number | null;
};

/** What leaves the API about an upload: its provenance and whether it was saved to the KPIs. */
export const workforceUploadSelect = {
  id: true,
  asOf: true,
  threshold: true,
  staffFileName: true,
  staffSha256: true,
  staffRows: true,
  recruitmentFileName: true,
  recruitmentSha256: true,
  recruitmentRows: true,
  uploadedAt: true,
  uploadedBy: { select: { id: true, name: true } },
  savedAt: true,
  savedBy: { select: { id: true, name: true } },
} as const;

/** Keeps a computed year: the aggregates (`result`, JSON text) and the files' provenance. */
export async function createWorkforceUpload(
  db: DbClient,
  input: WorkforceProvenance & {
    organisationId: string;
    uploadedById: string;
    uploadedAt: Date;
    result: string;
  },
) {
  return db.workforceUpload.create({ data: input, select: workforceUploadSelect });
}

/** The trust's uploads, newest first, without their figures. */
export async function listWorkforceUploads(db: DbClient, organisationId: string) {
  return db.workforceUpload.findMany({
    where: { organisationId },
    orderBy: [{ uploadedAt: 'desc' }],
    select: workforceUploadSelect,
  });
}

/** One upload of the trust with its figures; null for another trust's id. */
export async function findWorkforceUpload(db: DbClient, organisationId: string, id: string) {
  return db.workforceUpload.findFirst({
    where: { id, organisationId },
    select: { ...workforceUploadSelect, result: true },
  });
}

/** The figures last saved to the KPIs for the latest snapshot date, or null before any save. */
export async function findLatestSavedWorkforceUpload(db: DbClient, organisationId: string) {
  return db.workforceUpload.findFirst({
    where: { organisationId, savedAt: { not: null } },
    orderBy: [{ asOf: 'desc' }, { savedAt: 'desc' }],
    select: { ...workforceUploadSelect, result: true },
  });
}

export async function markWorkforceUploadSaved(
  db: DbClient,
  input: { id: string; savedById: string; savedAt: Date },
) {
  return db.workforceUpload.update({
    where: { id: input.id },
    data: { savedById: input.savedById, savedAt: input.savedAt },
    select: workforceUploadSelect,
  });
}
