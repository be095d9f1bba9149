import type { DbClient } from '../../client.ts';

/** The trust's live KPI with this code (the EDS 2022 total's, `EDS-TOTAL`), if it has one. */
export function findLiveKpiByCode(
  db: DbClient,
  { organisationId, code }: { organisationId: string; code: string },
) {
  return db.kpi.findFirst({
    where: { organisationId, code, archivedAt: null },
    select: { id: true, code: true, frequency: true },
  });
}

/**
 * Records a KPI's whole-trust value at a period end, replacing the one there; answers the value it
 * replaced (null when there was none). Call it inside the transaction that audits the change.
 */
export async function replaceKpiValue(
  db: DbClient,
  v: {
    organisationId: string;
    kpiId: string;
    periodEnd: Date;
    value: number;
    note: string;
    enteredById: string;
    now: Date;
  },
) {
  const key = { kpiId: v.kpiId, periodEnd: v.periodEnd, group: '' };
  const before = await db.measurement.findUnique({
    where: { kpiId_periodEnd_group: key },
    select: { value: true },
  });
  const values = {
    value: v.value,
    numerator: null,
    denominator: null,
    suppressed: false,
    note: v.note,
    enteredById: v.enteredById,
    enteredAt: v.now,
  };
  await db.measurement.upsert({
    where: { kpiId_periodEnd_group: key },
    create: { organisationId: v.organisationId, ...key, ...values },
    update: values,
  });
  return before?.value ?? null;
}

/** The trust's EDS 2022 assessment for a year with its outcome scores; null when not yet recorded. */
export function findEdsAssessment(
  db: DbClient,
  { organisationId, year }: { organisationId: string; year: string },
) {
  return db.edsAssessment.findUnique({
    where: { organisationId_year: { organisationId, year } },
    select: {
      id: true,
      assessedOn: true,
      updatedAt: true,
      scores: { select: { outcome: true, score: true, evidence: true } },
    },
  });
}

/**
 * Records a year's assessment (over `existingId` when there is one) and its outcome scores, each
 * replacing the one there; answers the assessment's id. Call it inside the audited transaction.
 */
export async function saveEdsAssessment(
  db: DbClient,
  input: {
    organisationId: string;
    year: string;
    assessedOn: Date;
    existingId: string | null;
    scores: readonly { outcome: string; score: number; evidence: string }[];
  },
): Promise<{ id: string }> {
  const assessment = input.existingId
    ? await db.edsAssessment.update({
        where: { id: input.existingId },
        data: { assessedOn: input.assessedOn },
        select: { id: true },
      })
    : await db.edsAssessment.create({
        data: {
          organisationId: input.organisationId,
          year: input.year,
          assessedOn: input.assessedOn,
        },
        select: { id: true },
      });
  for (const s of input.scores) {
    await db.edsScore.upsert({
      where: { assessmentId_outcome: { assessmentId: assessment.id, outcome: s.outcome } },
      create: { assessmentId: assessment.id, ...s },
      update: { score: s.score, evidence: s.evidence },
    });
  }
  return assessment;
}
