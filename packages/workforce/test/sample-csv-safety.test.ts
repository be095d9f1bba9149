import { FORMULA_PROBES, inert, liveFormulaCells } from '@belonging/domain/csv-probes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, withDuckDb } from '../src/duckdb.ts';
import { writeCsv } from '../src/sample.ts';
import { makeTempDir, type TTempDir } from './files.ts';

let dir: TTempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => dir.remove());

/** The file as an RFC 4180 reader sees it: DuckDB, the engine the upload reads CSVs with. */
async function readBack(path: string): Promise<string[][]> {
  const rows = await withDuckDb((db) =>
    queryRows(
      db,
      `SELECT * FROM read_csv('${path.replace(/'/g, "''")}', header = true, all_varchar = true, quote = '"', escape = '"', delim = ',')`,
    ),
  );
  return rows.map((r) => Object.values(r).map((v) => String(v ?? '')));
}

describe('the workforce sample writer', () => {
  it('writes formula-like text as inert text in every cell, and numbers as numbers', async () => {
    const path = dir.path('probes.csv');
    await writeCsv(path, {
      header: ['person_id', 'label', 'amount'],
      rows: FORMULA_PROBES.length,
      row: (n) => [`SYN-${n}`, FORMULA_PROBES[n - 1] ?? '', n === 1 ? '-1.5' : String(n * 1000)],
    });
    const cells = await readBack(path);
    expect(liveFormulaCells(cells)).toEqual([]);
    expect(cells.map((r) => r[1])).toEqual(FORMULA_PROBES.map(inert));
    expect(cells.map((r) => r[2])).toEqual([
      '-1.5',
      ...FORMULA_PROBES.slice(1).map((_, i) => String((i + 2) * 1000)),
    ]);
  });
});
