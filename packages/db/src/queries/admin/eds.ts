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
