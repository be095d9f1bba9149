import { randomUUID } from 'node:crypto';
import type { DbClient } from '../../client.ts';
import { Prisma } from '../../generated/sqlite/client.ts';
import { measurementSelect } from '../kpis.ts';

/** The trust's live KPIs as the measurement import needs them. */
export async function findImportKpis(db: DbClient, { organisationId }: { organisationId: string }) {
  return db.kpi.findMany({
    where: { organisationId, archivedAt: null },
    select: {
      id: true,
      code: true,
      unit: true,
      frequency: true,
      rangeLow: true,
      rangeHigh: true,
      baselineValue: true,
      targetValue: true,
      bandLow: true,
      tags: { select: { tag: { select: { framework: true, code: true } } } },
    },
  });
}

export type MeasurementKey = { kpiId: string; periodEnd: Date; group: string };

const keyOf = (m: MeasurementKey) => `${m.kpiId}|${m.periodEnd.toISOString()}|${m.group}`;

/** The stored measurements that these keys would replace, found in one query. */
export async function findMeasurementsAt(
  db: DbClient,
  organisationId: string,
  keys: readonly MeasurementKey[],
) {
  if (keys.length === 0) return [];
  const kpiIds = [...new Set(keys.map((k) => k.kpiId))];
  const ends = [...new Set(keys.map((k) => k.periodEnd.getTime()))].map((t) => new Date(t));
  const wanted = new Set(keys.map(keyOf));
  const candidates = await db.measurement.findMany({
    where: { organisationId, kpiId: { in: kpiIds }, periodEnd: { in: ends } },
    select: measurementSelect,
  });
  return candidates.filter((m) => wanted.has(keyOf(m)));
}

/** The columns a multi-row measurement insert writes, in the order of its values. */
export const MEASUREMENT_COLUMNS = Prisma.sql`("id", "organisationId", "kpiId", "periodEnd", "group", "value", "numerator", "denominator", "note", "suppressed", "enteredById", "enteredAt")`;

/** A row that meets a stored one on (KPI, period end, group) replaces its values. */
export const REPLACE_ON_KEY = Prisma.sql`ON CONFLICT ("kpiId", "periodEnd", "group") DO UPDATE SET
  "value" = excluded."value",
  "numerator" = excluded."numerator",
  "denominator" = excluded."denominator",
  "note" = excluded."note",
  "suppressed" = excluded."suppressed",
  "enteredById" = excluded."enteredById",
  "enteredAt" = excluded."enteredAt"`;

export type NewMeasurement = MeasurementKey & {
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  /** Hidden from everyone but the EDI team (small numbers); false when not given. */
  suppressed?: boolean;
};

/**
 * Upserts a batch of measurements on (KPI, period end, group), a statement per chunk. Written as
 * one multi-row INSERT … ON CONFLICT (the same SQL on SQLite and PostgreSQL) because Prisma's
 * createMany plus per-row updates ran about six times slower on 10,000 rows; `Prisma.sql` binds
 * every value as a parameter.
 */
export async function upsertMeasurements(
  db: DbClient,
  input: {
    organisationId: string;
    enteredById: string;
    enteredAt: Date;
    rows: readonly NewMeasurement[];
  },
  chunkSize = 1000,
): Promise<void> {
  for (let i = 0; i < input.rows.length; i += chunkSize) {
    const values = input.rows
      .slice(i, i + chunkSize)
      .map(
        (r) =>
          Prisma.sql`(${randomUUID()}, ${input.organisationId}, ${r.kpiId}, ${r.periodEnd}, ${r.group}, ${r.value}, ${r.numerator}, ${r.denominator}, ${r.note}, ${r.suppressed ?? false}, ${input.enteredById}, ${input.enteredAt})`,
      );
    await db.$executeRaw`
      INSERT INTO "Measurement" ${MEASUREMENT_COLUMNS}
      VALUES ${Prisma.join(values)}
      ${REPLACE_ON_KEY}`;
  }
}
