import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TLikelihood, TWorkforceResult } from '@belonging/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeWorkforceSample } from '../src/index.ts';
import { HAND_STAFF, STAFF_HEADER, makeTempDir, writeCsv, type TTempDir } from './files.ts';

const PACKAGE = join(dirname(fileURLToPath(import.meta.url)), '..');
const TSX = join(PACKAGE, 'node_modules/.bin/tsx');

let dir: TTempDir;
beforeAll(async () => {
  dir = await makeTempDir();
  await writeWorkforceSample({
    staff: 3000,
    recruitment: 4200,
    seed: 7,
    outDir: dir.path('trust'),
    format: 'csv',
  });
});
afterAll(() => dir.remove());

/** Runs the command as pnpm does: from the package folder, with the user's folder in INIT_CWD. */
function workforce(...args: string[]) {
  const run = spawnSync(TSX, ['scripts/workforce.ts', '--', ...args], {
    cwd: PACKAGE,
    env: { ...process.env, INIT_CWD: dir.path('.') },
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const isNumberOrNull = (v: unknown) => v === null || typeof v === 'number';
const keys = (o: object | undefined) => Object.keys(o ?? {});

describe('pnpm workforce --json (WORKFORCE.md §4)', () => {
  it('prints the contract object, keys in order, for a generated trust', () => {
    const run = workforce(
      '--staff',
      'trust/staff.csv',
      '--recruitment',
      'trust/recruitment.csv',
      '--as-of',
      '2025-03-31',
      '--threshold',
      '5',
      '--json',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as TWorkforceResult;
    expect(Object.keys(out)).toEqual(['asOf', 'threshold', 'rows', 'measures']);
    expect(out).toMatchObject({
      asOf: '2025-03-31',
      threshold: 5,
      rows: { staff: 3000, recruitment: 4200 },
    });
    const m = out.measures;
    expect(Object.keys(m)).toEqual([
      'WRES-1',
      'WRES-2',
      'WRES-3',
      'WRES-4',
      'WDES-2',
      'WDES-3',
      'WRES-9',
      'WDES-1',
      'WDES-1-declaration',
      'WDES-10',
      'GPG',
      'EPG',
      'DPG',
      'SENIOR',
      'INTERSECT',
    ]);
    expect(keys(m['WRES-1'][0]).slice(0, 7)).toEqual([
      'staffGroup',
      'band',
      'white',
      'bme',
      'unknown',
      'percent',
      'suppressed',
    ]);
    expect(keys(m['WDES-1'][0]).slice(0, 7)).toEqual([
      'staffGroup',
      'band',
      'disabled',
      'nonDisabled',
      'unknown',
      'percent',
      'suppressed',
    ]);
    const likelihoods: [string, TLikelihood | null][] = [
      ['WRES-2', m['WRES-2']],
      ['WRES-3', m['WRES-3']],
      ['WRES-4', m['WRES-4']],
      ['WDES-2', m['WDES-2']],
      ['WDES-3', m['WDES-3']],
    ];
    for (const [code, rl] of likelihoods) {
      expect(keys(rl ?? undefined), code).toEqual([
        'value',
        'numerator',
        'denominator',
        'suppressed',
      ]);
      expect(typeof rl?.value).toBe('number');
      expect(keys(rl?.numerator)).toEqual(['selected', 'pool']);
      expect(Number.isInteger(rl?.numerator.pool)).toBe(true);
    }
    for (const gap of [m['WRES-9'], m['WDES-10']]) {
      expect(keys(gap).slice(0, 5)).toEqual([
        'value',
        'boardPercent',
        'workforcePercent',
        'executiveValue',
        'executivePercent',
      ]);
      expect(Object.values(gap).slice(0, 5).every(isNumberOrNull)).toBe(true);
    }
    expect(typeof m['WDES-1-declaration']).toBe('number');
    expect(Object.keys(m.GPG).slice(0, 7)).toEqual([
      'meanHourly',
      'medianHourly',
      'meanBonus',
      'medianBonus',
      'bonusPercentMen',
      'bonusPercentWomen',
      'quartiles',
    ]);
    for (const q of m.GPG.quartiles) {
      expect(keys(q).slice(0, 3)).toEqual(['quartile', 'percentWomen', 'percentMen']);
      expect((q.percentWomen ?? 0) + (q.percentMen ?? 0)).toBeCloseTo(100, 9);
    }
    for (const gap of [m.EPG, m.DPG])
      expect(keys(gap).slice(0, 2)).toEqual(['meanHourly', 'medianHourly']);
    expect(Object.keys(m.SENIOR).slice(0, 2)).toEqual(['bmePercent', 'disabledPercent']);
    expect(m.INTERSECT).toHaveLength(20);
    expect(keys(m.INTERSECT[0])).toEqual([
      'ethnicity',
      'sex',
      'disability',
      'headcount',
      'percentOfWorkforce',
      'percentSenior',
      'meanHourly',
      'medianHourly',
      'meanGapVsReference',
      'suppressed',
    ]);
    expect(m.INTERSECT[0]).toMatchObject({ ethnicity: 'White', sex: 'female', disability: 'yes' });
    const headcount = m['WRES-1'].reduce((n, r) => n + r.white + r.bme + r.unknown, 0);
    expect(headcount).toBe(3000);
  });

  it('prints a readable table without --json, suppressed figures as *', () => {
    const run = workforce('--staff', 'trust/staff.csv', '--threshold', '200');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Rows read: staff 3,000\n/);
    expect(run.stdout).toMatch(/WRES-3 .* \* /);
    expect(run.stdout).toMatch(/WRES-4 .*\d\.\d\d {2}(within|outside) 0\.80–1\.25/);
    expect(run.stdout).toMatch(/INTERSECT/);
    expect(run.stdout).toMatch(/WRES-2 .*no recruitment file/);
  });

  it('exits 1 with the row errors on stderr for a refused file', async () => {
    await writeCsv(dir.path('bad.csv'), [
      STAFF_HEADER,
      ...HAND_STAFF,
      ['P9', 'Martian', 'F', 'no', 'clinical', 'Band 5', '', '', '', '', '', ''],
    ]);
    const run = workforce('--staff', 'bad.csv', '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/bad\.csv line 10, ethnicity "Martian": ethnicity must be/);
  });

  it('exits 2 naming the argument or the file', async () => {
    await writeCsv(dir.path('short.csv'), [['person_id', 'ethnicity']]);
    const cases: [string[], RegExp][] = [
      [['--json'], /--staff is required/],
      [['--staff', 'trust/staff.csv', '--threshold', '0'], /--threshold must be a whole number/],
      [['--staff', 'trust/staff.csv', '--as-of', '2026-02-30'], /--as-of must be a calendar date/],
      [['--staff', 'trust/staff.csv', '--colour'], /Unknown argument --colour/],
      [['--staff', 'nowhere.csv'], /--staff: there is no file/],
      [['--staff', 'short.csv'], /short\.csv is missing the columns sex/],
    ];
    for (const [args, message] of cases) {
      const run = workforce(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});
