import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db, DbTransaction } from '../../client.ts';
import { Prisma } from '../../generated/sqlite/client.ts';
import { inTransaction, writeWithAudit, type Actor, type AuditRecord } from '../audited-write.ts';
import { measurementSelect } from '../kpis.ts';
import {
  MEASUREMENT_COLUMNS,
  REPLACE_ON_KEY,
  upsertMeasurements,
  type MeasurementKey,
  type NewMeasurement,
} from './measurements.ts';

/**
 * Rows written per statement by a large import. On SQLite a transaction holds the client's one
 * connection and libsql runs each statement on the event loop, so a big file goes in many short
 * statements with a turn of the event loop between them; other requests get in between.
 */
export const IMPORT_CHUNK_ROWS = 250;

const replacedSelect = { ...measurementSelect, enteredById: true, enteredAt: true } as const;

const keyOf = (m: MeasurementKey) => `${m.kpiId}|${m.periodEnd.toISOString()}|${m.group}`;

/** The stored measurements these keys would replace, read a KPI at a time with turns between. */
export async function findMeasurementsToReplace(
  db: Db,
  organisationId: string,
  keys: readonly MeasurementKey[],
) {
  const wanted = new Set(keys.map(keyOf));
  const endsByKpi = new Map<string, Set<number>>();
  for (const k of keys) {
    const ends = endsByKpi.get(k.kpiId) ?? new Set<number>();
    endsByKpi.set(k.kpiId, ends.add(k.periodEnd.getTime()));
  }
  const found = [];
  for (const [kpiId, ends] of endsByKpi) {
    const candidates = await db.measurement.findMany({
      where: { organisationId, kpiId, periodEnd: { in: [...ends].map((t) => new Date(t)) } },
      select: replacedSelect,
    });
    found.push(...candidates.filter((m) => wanted.has(keyOf(m))));
    await nextTurn();
  }
  return found;
}

export type ReplacedMeasurement = Awaited<ReturnType<typeof findMeasurementsToReplace>>[number];

/**
 * Writes an import's rows a chunk at a time, then the last chunk, `finish`'s final checks and the
 * import's one audit event in one transaction. If anything fails on the way, one transaction puts
 * back the values it replaced and removes the ones it added (each carries the import's author and
 * time), so a failed import leaves nothing; a value someone else saved meanwhile is kept.
 */
export async function writeMeasurementImport<T>(
  db: Db,
  actor: Actor,
  input: { rows: readonly NewMeasurement[]; replaced: readonly ReplacedMeasurement[]; at: Date },
  finish: (tx: DbTransaction) => Promise<{ result: T; audit: AuditRecord }>,
): Promise<T> {
  const stamp = {
    organisationId: actor.organisationId,
    enteredById: actor.userId,
    enteredAt: input.at,
  };
  const last = Math.max(0, input.rows.length - IMPORT_CHUNK_ROWS);
  try {
    for (let i = 0; i < last; i += IMPORT_CHUNK_ROWS) {
      const rows = input.rows.slice(i, Math.min(i + IMPORT_CHUNK_ROWS, last));
      await upsertMeasurements(db, { ...stamp, rows });
      await nextTurn();
    }
    return await writeWithAudit(db, actor, async (tx) => {
      await upsertMeasurements(tx, { ...stamp, rows: input.rows.slice(last) });
      return finish(tx);
    });
  } catch (error) {
    if (last > 0) await undoMeasurementImport(db, stamp, input.replaced);
    throw error;
  }
}

async function undoMeasurementImport(
  db: Db,
  stamp: { organisationId: string; enteredById: string; enteredAt: Date },
  replaced: readonly ReplacedMeasurement[],
): Promise<void> {
  const stampedByImport = Prisma.sql`"Measurement"."enteredById" = ${stamp.enteredById} AND "Measurement"."enteredAt" = ${stamp.enteredAt}`;
  await inTransaction(
    db,
    async (tx) => {
      for (let i = 0; i < replaced.length; i += IMPORT_CHUNK_ROWS) {
        const values = replaced
          .slice(i, i + IMPORT_CHUNK_ROWS)
          .map(
            (m) =>
              Prisma.sql`(${m.id}, ${stamp.organisationId}, ${m.kpiId}, ${m.periodEnd}, ${m.group}, ${m.value}, ${m.numerator}, ${m.denominator}, ${m.note}, ${m.suppressed}, ${m.enteredById}, ${m.enteredAt})`,
          );
        await tx.$executeRaw`
          INSERT INTO "Measurement" ${MEASUREMENT_COLUMNS}
          VALUES ${Prisma.join(values)}
          ${REPLACE_ON_KEY}
          WHERE ${stampedByImport}`;
      }
      await tx.$executeRaw`DELETE FROM "Measurement" WHERE "organisationId" = ${stamp.organisationId} AND ${stampedByImport}`;
    },
    { timeout: 120_000 },
  );
}
