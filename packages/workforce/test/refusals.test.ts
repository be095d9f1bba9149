import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseWorkforce, WorkforceFileError } from '../src/index.ts';
import {
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

const OPTS = { asOf: '2026-03-31', threshold: 10 };
const source = (path: string) => ({ path, fileName: path.split('/').pop() ?? path });
const row = (id: string, changes: Record<number, string> = {}) =>
  (HAND_STAFF[0] ?? []).map((v, i) => (i === 0 ? id : (changes[i] ?? v)));

// Line 2 fine; 3 bad ethnicity; 4 a medical grade for a clinical band; 5 repeats line 2's id;
// 6 blank id; 7 bad sex and bad hourly pay.
const BAD_ROWS = [
  STAFF_HEADER,
  row('SECRET-ID-1'),
  row('SECRET-ID-2', { 1: 'Q' }),
  row('SECRET-ID-3', { 5: 'Band 10' }),
  row('SECRET-ID-1'),
  row('  '),
  row('SECRET-ID-4', { 2: 'X', 7: '12,5' }),
];

describe('row errors refuse the file whole', () => {
  it('names line, column and value of each bad row, in line order', async () => {
    const outcome = await analyseWorkforce({
      ...OPTS,
      staff: source(await writeCsv(dir.path('bad.csv'), BAD_ROWS)),
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errorCount).toBe(6);
    expect(outcome.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, 'ethnicity', 'Q'],
      [4, 'band', 'Band 10'],
      [5, 'person_id', ''],
      [6, 'person_id', ''],
      [7, 'sex', 'X'],
      [7, 'hourly_pay', '12,5'],
    ]);
    expect(outcome.errors[0]?.message).toMatch(/^ethnicity must be an NHS ethnic category/);
    expect(outcome.errors[2]?.message).toMatch(/^person_id must be a unique id.*line 2/);
    expect(outcome.errors.every((e) => e.file === 'staff')).toBe(true);
  });

  it('never quotes an id, in an error or anywhere in the outcome', async () => {
    const outcome = await analyseWorkforce({
      ...OPTS,
      staff: source(await writeCsv(dir.path('ids.csv'), BAD_ROWS)),
    });
    expect(JSON.stringify(outcome)).not.toMatch(/SECRET-ID/);
  });

  it('caps the list at maxErrors and still counts every error', async () => {
    const rows = [
      STAFF_HEADER,
      ...Array.from({ length: 250 }, (_, i) => row(`S${i}`, { 3: 'maybe' })),
    ];
    const outcome = await analyseWorkforce({
      ...OPTS,
      staff: source(await writeCsv(dir.path('many.csv'), rows)),
      maxErrors: 20,
    });
    expect(outcome).toMatchObject({ ok: false, errorCount: 250 });
    if (outcome.ok) return;
    expect(outcome.errors).toHaveLength(20);
    expect(outcome.errors.map((e) => e.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
  });

  it('reports the recruitment file too, and the same errors from an XLSX', async () => {
    const recruitment = await writeCsv(dir.path('r.csv'), [
      ['applicant_id', 'ethnicity', 'disability', 'appointed'],
      ['A1', 'A', 'no', 'perhaps'],
    ]);
    const outcome = await analyseWorkforce({
      ...OPTS,
      staff: source(await writeXlsx(dir.path('bad.xlsx'), BAD_ROWS)),
      recruitment: source(recruitment),
    });
    expect(outcome).toMatchObject({ ok: false, errorCount: 7 });
    if (outcome.ok) return;
    expect(outcome.errors.at(-1)).toMatchObject({
      file: 'recruitment',
      line: 2,
      column: 'appointed',
      value: 'perhaps',
    });
    expect(outcome.errors[1]).toMatchObject({ line: 4, column: 'band', value: 'Band 10' });
  });
});

describe('files that cannot be read at all', () => {
  const refuse = async (name: string, content: string | Buffer) => {
    await writeFile(dir.path(name), content);
    return analyseWorkforce({ ...OPTS, staff: source(dir.path(name)) });
  };

  it('names the missing columns', async () => {
    const header = STAFF_HEADER.filter((h) => h !== 'band' && h !== 'training').join(',');
    await expect(refuse('missing.csv', `${header}\n`)).rejects.toThrow(
      /missing.csv is missing the columns band, training/,
    );
  });

  it('refuses a binary file renamed .csv', async () => {
    const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0xff, 0xfe]);
    const error = await refuse('binary.csv', binary).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkforceFileError);
    expect((error as Error).message).toBe(
      'binary.csv is not a CSV file: it holds binary data, not text. Save it from your spreadsheet as CSV and try again.',
    );
  });

  it('refuses an .xlsx that is not a zip, and a file of another kind', async () => {
    await expect(refuse('text.xlsx', 'person_id,ethnicity\n')).rejects.toThrow(
      'text.xlsx is not an XLSX file',
    );
    await expect(refuse('staff.pdf', '%PDF-1.7')).rejects.toThrow(
      'staff.pdf is not a CSV or XLSX file',
    );
  });

  it('refuses an empty file and a header with no rows', async () => {
    await expect(refuse('empty.csv', '')).rejects.toThrow('empty.csv is empty');
    await expect(refuse('blank.csv', '\n\n')).rejects.toThrow('blank.csv is empty');
    await expect(refuse('header.csv', `${STAFF_HEADER.join(',')}\n`)).rejects.toThrow(
      'header.csv has a header but no rows',
    );
  });

  it('refuses a malformed CSV without repeating its row', async () => {
    const content = `${STAFF_HEADER.join(',')}\n${row('SECRET-ID-9').join(',')},extra\n`;
    const error = await refuse('ragged.csv', content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkforceFileError);
    expect((error as Error).message).toMatch(
      /ragged.csv .*line 2 has 13 fields where the header has 12/,
    );
    expect((error as Error).message).not.toMatch(/SECRET/);
  });
});
