import { randomUUID } from 'node:crypto';
import {
  findImportKpis,
  findLockedPeriods,
  findMeasurementsAt,
  findMeasurementsToReplace,
  writeMeasurementImport,
  type Actor,
  type Db,
  type DbClient,
} from '@belonging/db';
import {
  checkImportRows,
  isSignedPercent,
  lockedImportRefusal,
  type TAdminImportCommitInput,
  type TImportProblem,
  type TImportRow,
  type TImportRowInput,
} from '@belonging/domain';
import { ApiError } from '../../errors.ts';

/** How many problems a refused commit sends back; validate lists them all. */
const PROBLEMS_RETURNED = 500;

/** The rows checked against the trust's KPIs, today's London date and its locked periods. */
async function checkRows(db: DbClient, actor: Actor, rows: readonly TImportRowInput[], now: Date) {
  const kpis = await findImportKpis(db, actor);
  const locked = await findLockedPeriods(db, actor);
  const checked = checkImportRows(
    rows,
    kpis.map((k) => ({
      id: k.id,
      code: k.code,
      unit: k.unit,
      frequency: k.frequency,
      rangeLow: k.rangeLow,
      rangeHigh: k.rangeHigh,
      signedPercent:
        k.unit === 'percent' && isSignedPercent({ ...k, tags: k.tags.map((t) => t.tag) }),
    })),
    { now, locked },
  );
  return {
    ...checked,
    codeOf: new Map(kpis.map((k) => [k.id, k.code])),
    basis: JSON.stringify({ kpis, locked }),
  };
}

/** Refuses the commit if the KPIs or locked periods the rows were checked against have changed. */
async function confirmSameBasis(tx: DbClient, actor: Actor, basis: string): Promise<void> {
  const kpis = await findImportKpis(tx, actor);
  const locked = await findLockedPeriods(tx, actor);
  if (JSON.stringify({ kpis, locked }) !== basis) {
    throw new ApiError(
      'CONFLICT',
      'The KPIs or locked periods changed while the file was importing: nothing was imported. Import the file again.',
    );
  }
}

/**
 * Every problem of the file, or how many values it would add and replace and which locked
 * periods they fall in (importing those needs the person's confirmation).
 */
export async function validateImport(
  db: Db,
  actor: Actor,
  rows: readonly TImportRowInput[],
  now: Date,
) {
  const checked = await checkRows(db, actor, rows, now);
  const replaced = checked.problems.length
    ? []
    : await findMeasurementsAt(db, actor.organisationId, checked.rows);
  return {
    isValid: checked.problems.length === 0,
    rowCount: rows.length,
    problems: checked.problems,
    newCount: checked.problems.length ? 0 : checked.rows.length - replaced.length,
    replaceCount: replaced.length,
    lockedPeriods: checked.problems.length ? [] : checked.lockedPeriods,
  };
}

function refuse(problems: TImportProblem[]): ApiError {
  const lines = new Set(problems.map((p) => p.line)).size;
  return new ApiError(
    'BAD_REQUEST',
    `${lines} ${lines === 1 ? 'row has a problem' : 'rows have problems'}: nothing was imported. Fix ${lines === 1 ? 'it' : 'them'} and import the file again.`,
    { rows: [`${lines} ${lines === 1 ? 'row has' : 'rows have'} problems`] },
    { problems: problems.slice(0, PROBLEMS_RETURNED), problemCount: problems.length },
  );
}

/**
 * Writes every row or none: checks the whole file, then stages its rows a chunk at a time (so
 * other people's requests are answered meanwhile), ending in one transaction that confirms the
 * KPIs and locked periods are as checked, moves the staged rows into the measurements and writes
 * a single `import` audit event keeping the values it replaced; a failure or a crash on the way
 * leaves the measurements untouched. Values for a locked period are written only when the person
 * confirmed it; its board snapshot stays frozen.
 */
export async function commitImport(
  db: Db,
  actor: Actor,
  { rows, confirmLockedPeriods }: TAdminImportCommitInput,
  now: Date,
) {
  const importId = randomUUID();
  const checked = await checkRows(db, actor, rows, now);
  if (checked.problems.length) throw refuse(checked.problems);
  const lockedRefusal = confirmLockedPeriods ? null : lockedImportRefusal(checked.lockedPeriods);
  if (lockedRefusal) {
    throw new ApiError(
      'BAD_REQUEST',
      lockedRefusal,
      { confirmLockedPeriods: [lockedRefusal] },
      { lockedPeriods: checked.lockedPeriods },
    );
  }
  const replaced = await findMeasurementsToReplace(db, actor.organisationId, checked.rows);
  const result = {
    importId,
    rowCount: checked.rows.length,
    newCount: checked.rows.length - replaced.length,
    replaceCount: replaced.length,
  };
  const audit = {
    entity: 'import',
    entityId: importId,
    operation: 'import_measurements',
    before: {
      replaced: replaced.map((m) => ({
        kpiCode: checked.codeOf.get(m.kpiId) ?? m.kpiId,
        periodEnd: m.periodEnd.toISOString().slice(0, 10),
        group: m.group,
        value: m.value,
        numerator: m.numerator,
        denominator: m.denominator,
        note: m.note,
      })),
    },
    after: {
      ...result,
      byKpi: countByKpi(checked.rows),
      ...(checked.lockedPeriods.length
        ? { lockedPeriods: checked.lockedPeriods.map((p) => p.label) }
        : {}),
    },
  } as const;
  return writeMeasurementImport(
    db,
    actor,
    { rows: checked.rows, at: now, importId },
    async (tx) => {
      await confirmSameBasis(tx, actor, checked.basis);
      return { result, audit };
    },
  );
}

function countByKpi(rows: readonly TImportRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.kpiCode] = (counts[r.kpiCode] ?? 0) + 1;
  return counts;
}
