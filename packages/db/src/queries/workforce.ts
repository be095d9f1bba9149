import type { DbClient } from '../client.ts';
import { upsertMeasurements } from './admin/measurements.ts';
import { measurementSelect } from './kpis.ts';

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

/** The trust's KPIs (live or archived) with these codes, as saving a workforce year needs them. */
export async function findKpisByCode(
  db: DbClient,
  organisationId: string,
  codes: readonly string[],
) {
  return db.kpi.findMany({
    where: { organisationId, code: { in: [...codes] } },
    select: {
      id: true,
      code: true,
      title: true,
      archivedAt: true,
      ambitionId: true,
      commitment: { select: { ambitionId: true } },
    },
  });
}

/** The trust's current strategy with its live ambitions: where new workforce KPIs can go. */
export async function findStrategyForWorkforce(db: DbClient, organisationId: string) {
  return db.strategy.findFirst({
    where: { organisationId, archivedAt: null },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      endYear: true,
      ambitions: {
        where: { archivedAt: null },
        orderBy: [{ number: 'asc' }],
        select: { id: true, number: true },
      },
    },
  });
}

/** Every value (all groups) of these KPIs at one period end: what saving a year would replace. */
export async function findValuesAt(db: DbClient, kpiIds: readonly string[], periodEnd: Date) {
  if (kpiIds.length === 0) return [];
  return db.measurement.findMany({
    where: { kpiId: { in: [...kpiIds] }, periodEnd },
    orderBy: [{ kpiId: 'asc' }, { group: 'asc' }],
    select: measurementSelect,
  });
}

export type WorkforceValueRow = {
  kpiId: string;
  group: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  suppressed: boolean;
};

/**
 * A year's values replace whatever these KPIs held at that period end, every group included, so a
 * group the new figures no longer have does not linger. Returns the replaced values.
 */
export async function replaceWorkforceValues(
  tx: DbClient,
  input: {
    organisationId: string;
    enteredById: string;
    enteredAt: Date;
    periodEnd: Date;
    kpiIds: readonly string[];
    values: readonly WorkforceValueRow[];
  },
) {
  const replaced = await findValuesAt(tx, input.kpiIds, input.periodEnd);
  if (input.kpiIds.length) {
    await tx.measurement.deleteMany({
      where: {
        organisationId: input.organisationId,
        kpiId: { in: [...input.kpiIds] },
        periodEnd: input.periodEnd,
      },
    });
  }
  await upsertMeasurements(tx, {
    organisationId: input.organisationId,
    enteredById: input.enteredById,
    enteredAt: input.enteredAt,
    rows: input.values.map((v) => ({ ...v, periodEnd: input.periodEnd, note: null })),
  });
  return replaced;
}
