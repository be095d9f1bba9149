import type { DbClient } from '../../client.ts';

/** The trust's live KPIs as the measurement import needs them. */
export async function findImportKpis(db: DbClient, { organisationId }: { organisationId: string }) {
  return db.kpi.findMany({
    where: { organisationId, archivedAt: null },
    select: { id: true, code: true, unit: true, baselineValue: true, targetValue: true, bandLow: true },
  });
}

export type MeasurementKey = { kpiId: string; periodEnd: Date; group: string };

const keyOf = (m: MeasurementKey) => `${m.kpiId}|${m.periodEnd.toISOString()}|${m.group}`;

/** The stored measurements that these keys would replace, found in one query. */
export async function findMeasurementsAt(db: DbClient, organisationId: string, keys: readonly MeasurementKey[]) {
  if (keys.length === 0) return [];
  const kpiIds = [...new Set(keys.map((k) => k.kpiId))];
  const ends = [...new Set(keys.map((k) => k.periodEnd.getTime()))].map((t) => new Date(t));
  const wanted = new Set(keys.map(keyOf));
  const candidates = await db.measurement.findMany({
    where: { organisationId, kpiId: { in: kpiIds }, periodEnd: { in: ends } },
    select: {
      id: true,
      kpiId: true,
      periodEnd: true,
      group: true,
      value: true,
      numerator: true,
      denominator: true,
      note: true,
      kpi: { select: { code: true } },
    },
  });
  return candidates.filter((m) => wanted.has(keyOf(m)));
}

export type NewMeasurement = MeasurementKey & {
  value: number;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
};

/**
 * Writes a batch of measurements in statement-sized chunks, replacing the stored values with the
 * same KPI, period end and group. Replaced rows are removed and written afresh: nothing refers to
 * a measurement row, and the caller's audit event keeps the values they held.
 */
export async function writeMeasurements(
  db: DbClient,
  input: { organisationId: string; enteredById: string; enteredAt: Date; rows: readonly NewMeasurement[]; replacedIds: readonly string[] },
  chunkSize = 1000,
): Promise<void> {
  for (let i = 0; i < input.replacedIds.length; i += chunkSize) {
    await db.measurement.deleteMany({ where: { id: { in: input.replacedIds.slice(i, i + chunkSize) } } });
  }
  for (let i = 0; i < input.rows.length; i += chunkSize) {
    await db.measurement.createMany({
      data: input.rows.slice(i, i + chunkSize).map((r) => ({
        organisationId: input.organisationId,
        kpiId: r.kpiId,
        periodEnd: r.periodEnd,
        group: r.group,
        value: r.value,
        numerator: r.numerator,
        denominator: r.denominator,
        note: r.note,
        enteredById: input.enteredById,
        enteredAt: input.enteredAt,
      })),
    });
  }
}
