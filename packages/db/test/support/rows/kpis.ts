import type { DbClient } from '../../../src/client.ts';
import type { KpiDirection, KpiFrequency, KpiUnit } from '../../../src/generated/sqlite/enums.ts';

// Readers and small setters for KPIs, their trajectories and values, that the API tests use to
// set up a case and to check what a procedure wrote or left alone.

/** Every column of a KPI: a test that must change nothing compares the whole row. */
export function readKpi(db: DbClient, id: string) {
  return db.kpi.findUniqueOrThrow({ where: { id } });
}

/** The targets of the trust's KPI with this code. */
export function readKpiTargetsByCode(db: DbClient, organisationId: string, code: string) {
  return db.kpi.findFirstOrThrow({
    where: { organisationId, code },
    select: { direction: true, frequency: true, baselineValue: true, targetValue: true },
  });
}

/** Which KPIs a test counts; every field left out matches any. */
export type KpiCount = { organisationId?: string; id?: string; codes?: string[]; isLive?: boolean };

export function countKpis(db: DbClient, count: KpiCount) {
  return db.kpi.count({
    where: {
      organisationId: count.organisationId,
      id: count.id,
      code: count.codes ? { in: count.codes } : undefined,
      ...(count.isLive ? { archivedAt: null } : {}),
    },
  });
}

export type NewKpi = {
  organisationId: string;
  strategyId: string;
  ambitionId: string;
  code: string;
  title: string;
  unit: KpiUnit;
  direction: KpiDirection;
  frequency: KpiFrequency;
  baselineValue: number;
  baselineDate: Date;
  targetValue: number;
  targetDate: Date;
};

export function addKpi(db: DbClient, kpi: NewKpi) {
  return db.kpi.create({ data: kpi, select: { id: true } });
}

/** Archives a KPI behind the API's back, or (with null) brings it back. */
export async function setKpiArchivedAt(db: DbClient, id: string, archivedAt: Date | null) {
  await db.kpi.update({ where: { id }, data: { archivedAt } });
}

export async function setKpiOwner(db: DbClient, id: string, ownerId: string) {
  await db.kpi.update({ where: { id }, data: { ownerId } });
}

export type NewTrajectoryPoint = {
  organisationId: string;
  kpiId: string;
  date: Date;
  value: number;
};

export async function addTrajectoryPoints(db: DbClient, points: NewTrajectoryPoint[]) {
  await db.trajectoryPoint.createMany({ data: points });
}

/** The trust's small-number threshold: groups of fewer people are hidden. */
export async function setSmallNumberThreshold(
  db: DbClient,
  organisationId: string,
  smallNumberThreshold: number,
) {
  await db.organisation.update({ where: { id: organisationId }, data: { smallNumberThreshold } });
}

export type NewMeasurement = {
  organisationId: string;
  kpiId: string;
  periodEnd: Date;
  group?: string;
  value: number;
  numerator?: number;
  denominator?: number;
  suppressed?: boolean;
  enteredById: string;
};

export function addMeasurement(db: DbClient, measurement: NewMeasurement) {
  return db.measurement.create({ data: measurement, select: { id: true, value: true } });
}

export async function addMeasurements(db: DbClient, measurements: NewMeasurement[]) {
  await db.measurement.createMany({ data: measurements });
}

/** Removes a KPI's values at a period end: every group's, or one group's. */
export async function removeMeasurementsAt(
  db: DbClient,
  at: { kpiId: string; periodEnd: Date; group?: string },
) {
  await db.measurement.deleteMany({ where: at });
}

export function readMeasurement(db: DbClient, id: string) {
  return db.measurement.findUniqueOrThrow({ where: { id }, select: { value: true } });
}

export function findMeasurementsById(db: DbClient, ids: string[]) {
  return db.measurement.findMany({ where: { id: { in: ids } }, select: { id: true, value: true } });
}

/** Which values a test counts; every field left out matches any. */
export type MeasurementCount = { organisationId?: string; kpiId?: string; id?: string };

export function countMeasurements(db: DbClient, count: MeasurementCount = {}) {
  return db.measurement.count({ where: count });
}

/** How many rows measurement imports have staged and not yet moved into the measurements. */
export function countStagedImportRows(db: DbClient, organisationId: string) {
  return db.measurementImportRow.count({ where: { organisationId } });
}

/**
 * A KPI's values oldest first (by group within a period end), optionally only one group's, one
 * period end's, or those up to a day.
 */
export function readKpiValues(
  db: DbClient,
  kpiId: string,
  which: { group?: string; periodEnd?: Date; upTo?: Date } = {},
) {
  return db.measurement.findMany({
    where: {
      kpiId,
      group: which.group,
      periodEnd: which.periodEnd ?? (which.upTo ? { lte: which.upTo } : undefined),
    },
    orderBy: [{ periodEnd: 'asc' }, { group: 'asc' }],
    select: { periodEnd: true, value: true, group: true, note: true },
  });
}

/** The values of the trust's KPI with this code at one period end, by group; none if no KPI. */
export function readKpiValuesByCode(
  db: DbClient,
  organisationId: string,
  code: string,
  periodEnd: Date,
) {
  return db.measurement.findMany({
    where: { kpi: { organisationId, code }, periodEnd },
    orderBy: { group: 'asc' },
    select: { group: true, value: true, numerator: true, denominator: true, suppressed: true },
  });
}

/** The ids of a KPI's values, every group and period end. */
export async function readMeasurementIds(db: DbClient, kpiId: string) {
  const rows = await db.measurement.findMany({ where: { kpiId }, select: { id: true } });
  return rows.map((row) => row.id);
}
