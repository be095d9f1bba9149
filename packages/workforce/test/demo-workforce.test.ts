// The demo trust's committed workforce year must stay what the engine makes of the synthetic
// sample: regenerate the sample, re-run the engine, and compare with the seed's JSON files.
import { createHash } from 'node:crypto';
import { readFile, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TWorkforceResult } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseWorkforce, writeWorkforceSample } from '../src/index.ts';
import { makeTempDir, type TTempDir } from './files.ts';

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../db/src/seed');

type TFile = { fileName: string; sha256: string; rows: number };
const readJson = async <T>(name: string) =>
  JSON.parse(await readFile(join(SEED_DIR, name), 'utf8')) as T;

let dir: TTempDir;
let files: { staff: TFile; recruitment: TFile };
let committed: TWorkforceResult;

beforeAll(async () => {
  dir = await makeTempDir();
  files = await readJson('demo-workforce-files.json');
  committed = await readJson('demo-workforce.json');
  await writeWorkforceSample({
    staff: files.staff.rows,
    recruitment: files.recruitment.rows,
    seed: 1,
    outDir: dir.path('demo'),
    format: 'csv',
  });
  // The demo's provenance names the files as the EDI team would have uploaded them.
  for (const kind of ['staff', 'recruitment'] as const)
    await rename(dir.path(`demo/${kind}.csv`), dir.path(`demo/${files[kind].fileName}`));
});
afterAll(() => dir.remove());

describe('the demo trust’s workforce year', () => {
  it('comes from the synthetic sample of seed 1: the same file names, bytes and row counts', async () => {
    for (const kind of ['staff', 'recruitment'] as const) {
      const bytes = await readFile(dir.path(`demo/${files[kind].fileName}`));
      expect(createHash('sha256').update(bytes).digest('hex'), kind).toBe(files[kind].sha256);
    }
    expect(committed.rows).toEqual({
      staff: files.staff.rows,
      recruitment: files.recruitment.rows,
    });
  });

  it('is exactly what the engine computes from it for 31 March 2026 at threshold 10', async () => {
    const source = (kind: 'staff' | 'recruitment') => ({
      path: dir.path(`demo/${files[kind].fileName}`),
      fileName: files[kind].fileName,
    });
    const outcome = await analyseWorkforce({
      staff: source('staff'),
      recruitment: source('recruitment'),
      asOf: '2026-03-31',
      threshold: 10,
    });
    expect(outcome.ok).toBe(true);
    // Through JSON, as the command line prints it: the committed file is that text.
    const result = outcome.ok ? (JSON.parse(JSON.stringify(outcome.result)) as unknown) : null;
    expect(result).toEqual(committed);
  });
});
