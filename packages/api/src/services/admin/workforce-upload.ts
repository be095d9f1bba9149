import {
  createWorkforceUpload,
  findSmallNumberThreshold,
  writeWithAudit,
  type Actor,
  type Db,
  type WorkforceProvenance,
} from '@belonging/db';
import { SMALL_NUMBER_THRESHOLD, toIsoDay, type TWorkforceResult } from '@belonging/domain';

export type TWorkforceUploadInput = {
  provenance: WorkforceProvenance;
  /** The engine's aggregates: counts, rates and pay statistics, never a row or an id. */
  result: TWorkforceResult;
  uploadedAt?: Date;
};

/** The trust's small-number threshold: the default for an upload that names none. */
export async function workforceDefaultThreshold(db: Db, organisationId: string): Promise<number> {
  return (await findSmallNumberThreshold(db, organisationId)) ?? SMALL_NUMBER_THRESHOLD;
}

/**
 * Keeps one upload's aggregates and provenance, with one audit event whose `after` is the
 * provenance alone (who is the actor; files by name, SHA-256 and row count; the snapshot date).
 */
export async function recordWorkforceUpload(db: Db, actor: Actor, input: TWorkforceUploadInput) {
  const { provenance } = input;
  return writeWithAudit(db, actor, async (tx) => {
    const upload = await createWorkforceUpload(tx, {
      ...provenance,
      organisationId: actor.organisationId,
      uploadedById: actor.userId,
      uploadedAt: input.uploadedAt ?? new Date(),
      result: JSON.stringify(input.result),
    });
    return {
      result: upload,
      audit: {
        entity: 'workforce_upload',
        entityId: upload.id,
        operation: 'upload',
        after: { ...provenance, asOf: toIsoDay(provenance.asOf) },
      },
    };
  });
}
