import {
  findKpiForValues,
  findMeasurement,
  holdRow,
  saveMeasurement,
  writeWithAudit,
  type Db,
  type SessionUser,
} from '@belonging/db';
import {
  measurementProblems,
  valueRangeOfStored,
  type TFieldProblem,
  type TMeasurementInput,
} from '@belonging/domain';
import { ApiError } from '../errors.ts';

type KpiForValues = NonNullable<Awaited<ReturnType<typeof findKpiForValues>>>;

/** The range and frequency the rules check a KPI's values against. */
export function valueRulesOf(kpi: KpiForValues) {
  return {
    frequency: kpi.frequency,
    range: valueRangeOfStored({ ...kpi, tags: kpi.tags.map((t) => t.tag) }),
  };
}

/** Refuses a value the rules refuse, each message beside the field it names; never a 500. */
export function refuseProblems(problems: readonly TFieldProblem[]): void {
  const first = problems[0];
  if (!first) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const p of problems) (fieldErrors[p.field] ??= []).push(p.message);
  throw new ApiError('BAD_REQUEST', first.message, fieldErrors);
}

/**
 * Records a KPI's value for a period end and group, replacing any value already there; the
 * replaced value is kept in the audit event's `before`. Only the KPI's owner may record.
 */
export async function recordMeasurement(
  db: Db,
  actor: SessionUser,
  input: TMeasurementInput,
  now: Date,
) {
  const kpi = await findKpiForValues(db, {
    organisationId: actor.organisationId,
    id: input.kpiId,
  });
  if (!kpi) throw new ApiError('NOT_FOUND', 'That KPI does not exist in your trust.');
  if (kpi.ownerId !== actor.userId)
    throw new ApiError('FORBIDDEN', 'Only the owner of this KPI can record its values.');
  refuseProblems(measurementProblems(input, valueRulesOf(kpi), now));

  const key = { kpiId: kpi.id, periodEnd: input.periodEnd, group: input.group ?? '' };
  const values = {
    value: input.value,
    numerator: input.numerator ?? null,
    denominator: input.denominator ?? null,
    note: input.note ?? null,
    // An owner's own value replaces a hidden one and is checked for small numbers when read.
    suppressed: false,
    enteredById: actor.userId,
    enteredAt: now,
  };
  return writeWithAudit(db, actor, async (tx) => {
    // Held before the read: of concurrent calls for one value, one creates and each other replaces.
    await holdRow(tx, 'Kpi', kpi.id);
    const previous = await findMeasurement(tx, key);
    const saved = await saveMeasurement(tx, { organisationId: actor.organisationId, key, values });
    return {
      result: { ...saved, replaced: previous !== null },
      audit: {
        entity: 'measurement',
        entityId: saved.id,
        operation: previous ? 'replace' : 'create',
        before: previous ?? undefined,
        after: saved,
      },
    };
  });
}
