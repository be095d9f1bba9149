import {
  correctMeasurementValue,
  deleteMeasurementById,
  findLockedPeriods,
  findMeasurementWithKpi,
  holdRow,
  writeWithAudit,
  type Db,
  type DbClient,
  type DbTransaction,
  type SessionUser,
} from '@belonging/db';
import {
  lockedPeriodHolding,
  measurementProblems,
  toIsoDay,
  type TMeasurementCorrectInput,
  type TMeasurementDeleteInput,
} from '@belonging/domain';
import { ApiError } from '../errors.ts';
import { refuseProblems, valueRulesOf } from './measurement.ts';

/**
 * The value to change, if the caller may change it: the KPI's owner or the EDI team, in the
 * caller's trust. Also says which locked period (if any) holds it, whose snapshot stays as it is.
 */
async function changeableMeasurement(db: DbClient, actor: SessionUser, id: string, verb: string) {
  const found = await findMeasurementWithKpi(db, { organisationId: actor.organisationId, id });
  if (!found) throw new ApiError('NOT_FOUND', 'That value does not exist in your trust.');
  const isAdmin = actor.roles.includes('edi_admin');
  if (!isAdmin && found.kpi.ownerId !== actor.userId) {
    throw new ApiError(
      'FORBIDDEN',
      `Only the owner of this KPI or the EDI team can ${verb} its values.`,
    );
  }
  const locked = await findLockedPeriods(db, actor);
  return { ...found, lockedPeriod: lockedPeriodHolding(found.periodEnd, locked) };
}

/**
 * The value to change, read again once its KPI's values are held in the transaction: of
 * concurrent changes, each audits the value the one before it left.
 */
async function heldMeasurement(tx: DbTransaction, actor: SessionUser, id: string, verb: string) {
  const { kpi } = await changeableMeasurement(tx, actor, id, verb);
  await holdRow(tx, 'Kpi', kpi.id);
  return changeableMeasurement(tx, actor, id, verb);
}

/** The stored value as the audit trail keeps it, readable without the KPI's id. */
function auditedValue(m: Awaited<ReturnType<typeof changeableMeasurement>>) {
  return {
    kpiCode: m.kpi.code,
    periodEnd: toIsoDay(m.periodEnd),
    group: m.group,
    value: m.value,
    numerator: m.numerator,
    denominator: m.denominator,
    note: m.note,
  };
}

/**
 * Puts a wrong value right: checked against the KPI's range like a new one, in one transaction
 * with one `correct` audit event holding the old value, the new one and the reason. A locked
 * board snapshot is frozen JSON, so only the live figures change.
 */
export async function correctMeasurement(
  db: Db,
  actor: SessionUser,
  input: TMeasurementCorrectInput,
  now: Date,
) {
  return writeWithAudit(db, actor, async (tx) => {
    const current = await heldMeasurement(tx, actor, input.id, 'correct');
    refuseProblems(measurementProblems({ value: input.value }, valueRulesOf(current.kpi)));
    const saved = await correctMeasurementValue(tx, {
      id: current.id,
      value: input.value,
      numerator: input.numerator ?? null,
      denominator: input.denominator ?? null,
      enteredById: actor.userId,
      enteredAt: now,
    });
    const before = auditedValue(current);
    return {
      result: { ...saved, lockedPeriod: current.lockedPeriod },
      audit: {
        entity: 'measurement',
        entityId: current.id,
        operation: 'correct',
        before,
        after: {
          ...before,
          value: saved.value,
          numerator: saved.numerator,
          denominator: saved.denominator,
          reason: input.reason,
        },
      },
    };
  });
}

/** Removes a value recorded in error; the `delete` audit event keeps it whole, with the reason. */
export async function deleteMeasurement(
  db: Db,
  actor: SessionUser,
  input: TMeasurementDeleteInput,
) {
  return writeWithAudit(db, actor, async (tx) => {
    const current = await heldMeasurement(tx, actor, input.id, 'delete');
    await deleteMeasurementById(tx, current.id);
    return {
      result: {
        id: current.id,
        periodEnd: current.periodEnd,
        group: current.group,
        lockedPeriod: current.lockedPeriod,
      },
      audit: {
        entity: 'measurement',
        entityId: current.id,
        operation: 'delete',
        before: auditedValue(current),
        after: { reason: input.reason },
      },
    };
  });
}
