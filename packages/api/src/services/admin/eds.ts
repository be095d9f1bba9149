import {
  findEdsAssessment,
  findLiveKpiByCode,
  replaceKpiValue,
  saveEdsAssessment,
  writeWithAudit,
  type Actor,
  type Db,
  type DbTransaction,
} from '@belonging/db';
import {
  EDS_TOTAL_KPI_CODE,
  edsTotalPeriodEnd,
  summariseEdsScores,
  type TAdminEdsSaveInput,
} from '@belonging/domain';

/** The trust's EDS 2022 assessment for a year, with its total and rating; empty when not yet recorded. */
export async function getEds(db: Db, actor: Actor, year: string) {
  const assessment = await findEdsAssessment(db, { organisationId: actor.organisationId, year });
  if (!assessment)
    return {
      year,
      id: null,
      assessedOn: null,
      updatedAt: null,
      scores: [],
      total: null,
      rating: null,
    };
  return {
    year,
    id: assessment.id,
    assessedOn: assessment.assessedOn,
    updatedAt: assessment.updatedAt,
    ...summariseEdsScores(assessment.scores),
  };
}

/**
 * Records the total as the EDS-TOTAL KPI's value for the assessment year, replacing any there, so
 * the KPI page and reports show it. Null when the trust has no live EDS-TOTAL KPI.
 */
async function recordEdsTotal(
  tx: DbTransaction,
  actor: Actor,
  year: string,
  total: number,
  now: Date,
) {
  const kpi = await findLiveKpiByCode(tx, {
    organisationId: actor.organisationId,
    code: EDS_TOTAL_KPI_CODE,
  });
  const periodEnd = kpi ? edsTotalPeriodEnd(year, kpi.frequency) : null;
  if (!kpi || !periodEnd) return null;
  const replaced = await replaceKpiValue(tx, {
    organisationId: actor.organisationId,
    kpiId: kpi.id,
    periodEnd,
    value: total,
    note: `The ${year} EDS 2022 assessment`,
    enteredById: actor.userId,
    now,
  });
  return { kpiCode: kpi.code, periodEnd, value: total, replaced };
}

/**
 * Records (or re-records) a year's eleven outcome scores with the evidence for each, and the total
 * as the EDS-TOTAL KPI's value for that year, in one transaction with one event.
 */
export async function saveEds(db: Db, actor: Actor, input: TAdminEdsSaveInput, now: Date) {
  const scores = input.scores.map((s) => ({
    outcome: s.outcome,
    score: s.score,
    evidence: s.evidence ?? '',
  }));
  const rated = summariseEdsScores(scores);
  return writeWithAudit(db, actor, async (tx) => {
    const existing = await findEdsAssessment(tx, {
      organisationId: actor.organisationId,
      year: input.year,
    });
    const assessment = await saveEdsAssessment(tx, {
      organisationId: actor.organisationId,
      year: input.year,
      assessedOn: input.assessedOn,
      existingId: existing?.id ?? null,
      scores,
    });
    const kpiValue =
      rated.total === null ? null : await recordEdsTotal(tx, actor, input.year, rated.total, now);
    const after = { year: input.year, assessedOn: input.assessedOn, ...rated, kpiValue };
    return {
      result: { id: assessment.id, ...after },
      audit: {
        entity: 'eds_assessment',
        entityId: assessment.id,
        operation: existing ? 'update' : 'create',
        before: existing
          ? { assessedOn: existing.assessedOn, ...summariseEdsScores(existing.scores) }
          : undefined,
        after,
      },
    };
  });
}
