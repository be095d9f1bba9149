import type { DbClient } from '../client.ts';
import { measurementSelect } from './kpis.ts';

/** What the rules need of a KPI to check a value for it: its unit, range, frequency and owner. */
const kpiForValuesSelect = {
  id: true,
  code: true,
  ownerId: true,
  unit: true,
  frequency: true,
  rangeLow: true,
  rangeHigh: true,
  baselineValue: true,
  targetValue: true,
  bandLow: true,
  tags: { select: { tag: { select: { framework: true, code: true } } } },
} as const;

/** A live KPI of the trust, as checking a value for it needs; null when it is not one. */
export async function findKpiForValues(
  db: DbClient,
  { organisationId, id }: { organisationId: string; id: string },
) {
  return db.kpi.findFirst({
    where: { id, organisationId, archivedAt: null },
    select: kpiForValuesSelect,
  });
}

/** A stored value of a live KPI of the trust, with that KPI; null when there is none. */
export async function findMeasurementWithKpi(
  db: DbClient,
  { organisationId, id }: { organisationId: string; id: string },
) {
  return db.measurement.findFirst({
    where: { id, organisationId, kpi: { archivedAt: null } },
    select: { ...measurementSelect, kpi: { select: kpiForValuesSelect } },
  });
}

/** Puts a value right (its counts given whole); answers the row as its KPI page reads it. */
export async function correctMeasurementValue(
  db: DbClient,
  input: {
    id: string;
    value: number;
    numerator: number | null;
    denominator: number | null;
    enteredById: string;
    enteredAt: Date;
  },
) {
  const { id, ...data } = input;
  // A corrected value is the owner's own figure, checked for small numbers when read.
  return db.measurement.update({
    where: { id },
    data: { ...data, suppressed: false },
    select: measurementSelect,
  });
}

export async function deleteMeasurementById(db: DbClient, id: string): Promise<void> {
  await db.measurement.delete({ where: { id } });
}

/** The trust's locked reporting periods: a value inside one never changes its board snapshot. */
export async function findLockedPeriods(
  db: DbClient,
  { organisationId }: { organisationId: string },
) {
  return db.reportingPeriod.findMany({
    where: { organisationId, lockedAt: { not: null }, archivedAt: null },
    orderBy: { startDate: 'asc' },
    select: { label: true, startDate: true, endDate: true },
  });
}

/**
 * Stores an owner's value for a KPI, period end and group, replacing any value there; answers the
 * row as its KPI page reads it. Call it inside the transaction that audits the change.
 */
export async function saveMeasurement(
  db: DbClient,
  input: {
    organisationId: string;
    key: { kpiId: string; periodEnd: Date; group: string };
    values: {
      value: number;
      numerator: number | null;
      denominator: number | null;
      note: string | null;
      suppressed: boolean;
      enteredById: string;
      enteredAt: Date;
    };
  },
) {
  const { organisationId, key, values } = input;
  return db.measurement.upsert({
    where: { kpiId_periodEnd_group: key },
    create: { organisationId, ...key, ...values },
    update: values,
    select: measurementSelect,
  });
}
