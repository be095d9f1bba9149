// The engine: staff (and recruitment) extracts in, the WRES / WDES / pay-gap measures out, or the
// refused rows. Everything happens in one in-memory DuckDB that is closed before returning.
import {
  computeWorkforceMeasures,
  type TWorkforceAggregates,
  type TWorkforceFile,
  type TWorkforceResult,
  type TWorkforceRowError,
} from '@belonging/domain';
import { aggregateRecruitment, aggregateStaff, buildStaffTable } from './aggregate.ts';
import { withDuckDb, type TDb } from './duckdb.ts';
import { loadFile } from './load.ts';
import { collectRowErrors, type TFileErrors } from './row-errors.ts';
import { inspectSource, type TLayout, type TWorkforceSource } from './source.ts';
import { buildValueMaps, createValueTypes, type TValueMap } from './value-maps.ts';

export type { TWorkforceSource } from './source.ts';

export type TWorkforceInput = {
  staff: TWorkforceSource;
  recruitment?: TWorkforceSource;
  /** The most row errors returned (the total is counted regardless); 100 by default. */
  maxErrors?: number;
};
export type TWorkforceRefusal = { ok: false; errors: TWorkforceRowError[]; errorCount: number };
export type TWorkforceOutcome = { ok: true; result: TWorkforceResult } | TWorkforceRefusal;
export type TAggregatesOutcome = { ok: true; aggregates: TWorkforceAggregates } | TWorkforceRefusal;

type TChecked = {
  rows: number;
  maps: TValueMap[];
  rawTable: () => Promise<string>;
  errors: TFileErrors;
};

/** Loads one file, classifies its distinct values and finds its refused rows. */
async function checkFile(
  db: TDb,
  kind: TWorkforceFile,
  source: TWorkforceSource,
  layout: TLayout,
  limit: number,
): Promise<TChecked> {
  // Recruitment is only counted, so its CSV is scanned in place unless a row must be reported.
  const loaded = await loadFile(db, kind, source, layout, kind === 'recruitment');
  const maps = await buildValueMaps(db, kind, loaded.from);
  const errors = await collectRowErrors(db, { ...loaded, maps, limit });
  return { rows: loaded.rows, maps, rawTable: loaded.rawTable, errors };
}

/**
 * Reads the extracts into TWorkforceAggregates, or refuses them whole with their row errors.
 * Throws a WorkforceFileError for a file that cannot be read at all.
 */
export async function readWorkforceAggregates(input: TWorkforceInput): Promise<TAggregatesOutcome> {
  const limit = Math.max(1, Math.floor(input.maxErrors ?? 100));
  // Every file is looked at before any is loaded, so a wrong file fails in milliseconds.
  const staffLayout = await inspectSource(input.staff, 'staff');
  const recruitmentLayout = input.recruitment
    ? await inspectSource(input.recruitment, 'recruitment')
    : null;
  return withDuckDb(async (db) => {
    await createValueTypes(db);
    // Recruitment first: its raw table is gone before the larger staff file is loaded.
    const recruitment =
      input.recruitment && recruitmentLayout
        ? await checkFile(db, 'recruitment', input.recruitment, recruitmentLayout, limit)
        : null;
    if (recruitment) await db.run(`DROP TABLE IF EXISTS raw_recruitment`);
    const staff = await checkFile(db, 'staff', input.staff, staffLayout, limit);
    const errorCount = staff.errors.count + (recruitment?.errors.count ?? 0);
    if (errorCount > 0) {
      const errors = [...staff.errors.errors, ...(recruitment?.errors.errors ?? [])];
      return { ok: false, errors: errors.slice(0, limit), errorCount };
    }
    await buildStaffTable(db, await staff.rawTable(), staff.maps);
    const aggregates: TWorkforceAggregates = {
      rows: { staff: staff.rows, recruitment: recruitment?.rows ?? null },
      ...(await aggregateStaff(db)),
      appointed: recruitment ? aggregateRecruitment(recruitment.maps) : null,
    };
    return { ok: true, aggregates };
  });
}

/** Every measure of WORKFORCE.md §2 from the extracts, or their row errors. */
export async function analyseWorkforce(
  opts: TWorkforceInput & { asOf: string; threshold: number },
): Promise<TWorkforceOutcome> {
  const read = await readWorkforceAggregates(opts);
  if (!read.ok) return read;
  const { asOf, threshold } = opts;
  return { ok: true, result: computeWorkforceMeasures(read.aggregates, { asOf, threshold }) };
}
