import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseWorkforce, readWorkforceAggregates } from '../src/index.ts';
import {
  HAND_RECRUITMENT,
  HAND_STAFF,
  STAFF_HEADER,
  makeTempDir,
  writeCsv,
  writeXlsx,
  type TTempDir,
} from './files.ts';

let dir: TTempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => dir.remove());

const source = (path: string) => ({ path, fileName: path.split('/').pop() ?? path });

async function aggregatesOf(staffPath: string, recruitmentPath?: string) {
  const outcome = await readWorkforceAggregates({
    staff: source(staffPath),
    ...(recruitmentPath ? { recruitment: source(recruitmentPath) } : {}),
  });
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.errors)}`);
  return outcome.aggregates;
}

describe('aggregates of a hand-built trust (ESR labels and codes)', () => {
  it('counts bands, board, pools, pay, bonus and quartiles as worked by hand', async () => {
    const a = await aggregatesOf(
      await writeCsv(dir.path('hand.csv'), [STAFF_HEADER, ...HAND_STAFF]),
      await writeCsv(dir.path('hand-recruitment.csv'), HAND_RECRUITMENT),
    );
    expect(a.rows).toEqual({ staff: 8, recruitment: 6 });
    const band = (staffGroup: string, b: string) =>
      a.bands
        .filter((c) => c.staffGroup === staffGroup && c.band === b)
        .map((c) => `${c.ethnicity}/${c.disability}=${c.count}`)
        .sort();
    expect(band('clinical', 'Band 5')).toEqual(['bme/no=1', 'white/no=1']);
    expect(band('clinical', 'Band 8c')).toEqual(['white/yes=1']);
    expect(band('non_clinical', 'Band 3')).toEqual(['unknown/no=1', 'unknown/unknown=1']);
    expect(band('medical', 'Consultant')).toEqual(['bme/unknown=1']);
    expect(a.bands.reduce((n, c) => n + c.count, 0)).toBe(8);
    expect(a.board).toHaveLength(2);
    expect(a.board).toContainEqual({
      board: 'voting_executive',
      ethnicity: 'white',
      disability: 'yes',
      count: 1,
    });
    expect(a.disciplinary).toEqual({
      white: { selected: 1, pool: 3 },
      bme: { selected: 1, pool: 3 },
    });
    expect(a.training).toEqual({ white: { selected: 2, pool: 3 }, bme: { selected: 2, pool: 3 } });
    expect(a.capability).toEqual({
      disabled: { selected: 1, pool: 2 },
      nonDisabled: { selected: 0, pool: 4 },
    });
    expect(a.appointed).toEqual({
      white: { selected: 2, pool: 3 },
      bme: { selected: 1, pool: 2 },
      disabled: { selected: 1, pool: 2 },
      nonDisabled: { selected: 1, pool: 2 },
    });
    expect(a.hourly.female).toEqual({ count: 4, mean: 22.25, median: 20 });
    expect(a.hourly.male.count).toBe(3);
    expect(a.hourly.male.mean).toBeCloseTo(80 / 3, 12);
    expect(a.hourly.male.median).toBe(20);
    expect(a.hourly.white).toEqual({ count: 3, mean: 20, median: 20 });
    expect(a.hourly.bme.median).toBe(40);
    expect(a.hourly.disabled).toEqual({ count: 2, mean: 35, median: 35 });
    expect(a.hourly.nonDisabled).toEqual({ count: 4, mean: 12.25, median: 10 });
    expect(a.bonus).toEqual({
      male: { count: 1, mean: 1000, median: 1000 },
      female: { count: 1, mean: 100, median: 100 },
      menInAll: 3,
      womenInAll: 4,
    });
  });

  it('splits quartiles lowest first, the lower ones taking the extra person, ties by line', async () => {
    const { quartiles } = await aggregatesOf(
      await writeCsv(dir.path('quartiles.csv'), [STAFF_HEADER, ...HAND_STAFF]),
    );
    // 7 people by pay: 9 F, 10 F (line 2), 10 M (line 4), 20 M | 30 F, 40 F | 50 M.
    expect(quartiles).toEqual([
      { quartile: 1, women: 2, men: 0 },
      { quartile: 2, women: 0, men: 2 },
      { quartile: 3, women: 2, men: 0 },
      { quartile: 4, women: 0, men: 1 },
    ]);
  });

  it('fills the intersect cells, pairs including people of unknown ethnicity', async () => {
    const { intersect } = await aggregatesOf(
      await writeCsv(dir.path('intersect.csv'), [STAFF_HEADER, ...HAND_STAFF]),
    );
    expect(intersect).toHaveLength(20);
    const cell = (e: string | null, s: string | null, d: string | null) =>
      intersect.find((c) => c.ethnicity === e && c.sex === s && c.disability === d);
    expect(cell('White', 'female', 'yes')).toEqual({
      ethnicity: 'White',
      sex: 'female',
      disability: 'yes',
      headcount: 1,
      senior: 1,
      pay: { count: 1, mean: 30, median: 30 },
    });
    expect(cell('BME', 'female', null)).toMatchObject({ headcount: 1, senior: 1 });
    expect(cell('BME', 'male', null)).toMatchObject({
      headcount: 2,
      pay: { count: 2, mean: 30, median: 30 },
    });
    expect(cell(null, 'female', 'no')).toMatchObject({
      headcount: 2,
      pay: { count: 2, mean: 9.5, median: 9.5 },
    });
    expect(cell('BME', 'male', 'yes')).toMatchObject({
      headcount: 0,
      pay: { count: 0, mean: null, median: null },
    });
  });

  it('reads headers in any case and order, ignoring extra columns', async () => {
    const order = [11, 3, 0, 5, 2, 9, 1, 8, 4, 10, 7, 6];
    const shuffle = (row: readonly string[]) => [...order.map((i) => row[i] ?? ''), 'ignored'];
    const header = shuffle(STAFF_HEADER.map((h) => h.toUpperCase().replace('_', ' ')));
    const plain = await aggregatesOf(
      await writeCsv(dir.path('plain.csv'), [STAFF_HEADER, ...HAND_STAFF]),
    );
    const shuffled = await aggregatesOf(
      await writeCsv(dir.path('shuffled.csv'), [header, ...HAND_STAFF.map(shuffle)]),
    );
    expect(shuffled).toEqual(plain);
  });

  it('gives identical results for the same trust as CSV and as XLSX', async () => {
    const opts = { asOf: '2026-03-31', threshold: 1 };
    const csv = await analyseWorkforce({
      ...opts,
      staff: source(await writeCsv(dir.path('same.csv'), [STAFF_HEADER, ...HAND_STAFF])),
      recruitment: source(await writeCsv(dir.path('same-recruitment.csv'), HAND_RECRUITMENT)),
    });
    const xlsx = await analyseWorkforce({
      ...opts,
      staff: source(await writeXlsx(dir.path('same.xlsx'), [STAFF_HEADER, ...HAND_STAFF])),
      recruitment: source(await writeXlsx(dir.path('same-recruitment.xlsx'), HAND_RECRUITMENT)),
    });
    expect(csv.ok).toBe(true);
    expect(xlsx).toEqual(csv);
  });
});
