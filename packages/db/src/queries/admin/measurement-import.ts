import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Db, DbClient, DbTransaction } from '../../client.ts';
import { Prisma } from '../../generated/sqlite/client.ts';
import { writeWithAudit, type Actor, type AuditRecord } from '../audited-write.ts';
import { measurementSelect } from '../kpis.ts';
import {
  MEASUREMENT_COLUMNS,
  REPLACE_ON_KEY,
  type MeasurementKey,
  type NewMeasurement,
} from './measurements.ts';

/**
 * Rows staged per statement by a large import. On SQLite a transaction holds the client's one
 * connection and libsql runs each statement on the event loop, so a big file is staged in many
 * short statements with a turn of the event loop between them; other requests get in between.
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

/** Who staged an import's rows, for which trust, and when; `importId` ties its staged rows. */
export type ImportStamp = {
  importId: string;
  organisationId: string;
  enteredById: string;
  enteredAt: Date;
};

/** Imports being written by this process: their staged rows are not left over from a crash. */
const importsUnderWay = new Set<string>();

/** Stages one chunk of an import's rows in one statement; nothing reaches Measurement yet. */
export async function stageMeasurementImportRows(
  db: DbClient,
  stamp: ImportStamp,
  rows: readonly NewMeasurement[],
): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map(
    (r) =>
      Prisma.sql`(${randomUUID()}, ${stamp.importId}, ${stamp.organisationId}, ${r.kpiId}, ${r.periodEnd}, ${r.group}, ${r.value}, ${r.numerator}, ${r.denominator}, ${r.note}, ${r.suppressed ?? false}, ${stamp.enteredById}, ${stamp.enteredAt})`,
  );
  await db.$executeRaw`
    INSERT INTO "MeasurementImportRow" ("id", "importId", "organisationId", "kpiId", "periodEnd", "group", "value", "numerator", "denominator", "note", "suppressed", "enteredById", "enteredAt")
    VALUES ${Prisma.join(values)}`;
}

/**
 * Deletes the staged rows of imports that never finished (the process stopped part-way), keeping
 * those of imports this process is still writing. Returns how many rows it deleted.
 */
export async function deleteAbandonedImportRows(db: DbClient): Promise<number> {
  const { count } = await db.measurementImportRow.deleteMany({
    where: { importId: { notIn: [...importsUnderWay] } },
  });
  return count;
}

/** Moves an import's staged rows into Measurement in one statement and deletes them. */
async function moveStagedRows(tx: DbTransaction, importId: string, expected: number) {
  const moved = await tx.$executeRaw`
    INSERT INTO "Measurement" ${MEASUREMENT_COLUMNS}
    SELECT "id", "organisationId", "kpiId", "periodEnd", "group", "value", "numerator", "denominator", "note", "suppressed", "enteredById", "enteredAt"
    FROM "MeasurementImportRow" WHERE "importId" = ${importId}
    ${REPLACE_ON_KEY}`;
  const deleted = await tx.measurementImportRow.deleteMany({ where: { importId } });
  if (moved !== expected || deleted.count !== expected) {
    throw new Error(
      `The import staged ${deleted.count} of its ${expected} rows: nothing was imported.`,
    );
  }
}

/**
 * Stages an import's rows a chunk at a time (short statements, turns between), then in ONE
 * transaction runs `finish`'s final checks, moves the staged rows into Measurement, writes the
 * import's one audit event and deletes the staged rows. Until that transaction commits, nothing
 * of the import is in Measurement: a failure, or a crash, leaves only staged rows, deleted here on
 * failure and otherwise by the next import or the server's next start.
 */
export async function writeMeasurementImport<T>(
  db: Db,
  actor: Actor,
  input: { rows: readonly NewMeasurement[]; at: Date; importId?: string },
  finish: (tx: DbTransaction) => Promise<{ result: T; audit: AuditRecord }>,
): Promise<T> {
  const stamp: ImportStamp = {
    importId: input.importId ?? randomUUID(),
    organisationId: actor.organisationId,
    enteredById: actor.userId,
    enteredAt: input.at,
  };
  await deleteAbandonedImportRows(db);
  importsUnderWay.add(stamp.importId);
  try {
    for (let i = 0; i < input.rows.length; i += IMPORT_CHUNK_ROWS) {
      await stageMeasurementImportRows(db, stamp, input.rows.slice(i, i + IMPORT_CHUNK_ROWS));
      await nextTurn();
    }
    return await writeWithAudit(db, actor, async (tx) => {
      const done = await finish(tx);
      await moveStagedRows(tx, stamp.importId, input.rows.length);
      return done;
    });
  } catch (error) {
    // Best effort: what a failed clean-up leaves, the next import or start deletes.
    await db.measurementImportRow
      .deleteMany({ where: { importId: stamp.importId } })
      .catch(() => null);
    throw error;
  } finally {
    importsUnderWay.delete(stamp.importId);
  }
}
