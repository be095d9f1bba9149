// Real files in a fresh temp folder for each test file, removed afterwards.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKFORCE_COLUMNS } from '@belonging/domain';
import ExcelJS from 'exceljs';

export type TTempDir = { path: (name: string) => string; remove: () => Promise<void> };

export async function makeTempDir(): Promise<TTempDir> {
  const dir = await mkdtemp(join(tmpdir(), 'workforce-test-'));
  return {
    path: (name) => join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export async function writeCsv(path: string, rows: readonly (readonly string[])[]) {
  await writeFile(path, rows.map((r) => r.map(csvField).join(',')).join('\n') + '\n');
  return path;
}

/** An XLSX as Excel writes it (shared strings after the sheet), plain amounts as numbers. */
export async function writeXlsx(path: string, rows: readonly (readonly string[])[]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Staff');
  for (const row of rows) {
    sheet.addRow(row.map((v) => (/^\d+(\.\d+)?$/.test(v) ? Number(v) : v === '' ? null : v)));
  }
  workbook.addWorksheet('Notes').addRow(['not read: only the first sheet is']);
  await workbook.xlsx.writeFile(path);
  return path;
}

export const STAFF_HEADER: readonly string[] = WORKFORCE_COLUMNS.staff;

/** Eight people, ESR labels mixed with codes, with hand-worked aggregates in engine.test.ts. */
export const HAND_STAFF = [
  ['P1', 'A White - British', 'F', 'No', 'clinical', 'Band 5', '', '10.00', '', 'no', 'no', 'yes'],
  [
    'P2',
    'C3',
    'female',
    'Yes',
    'clinical',
    'Band 8 - Range C',
    'voting_executive',
    '30.00',
    '100',
    'no',
    'yes',
    'no',
  ],
  [
    'P3',
    'N Black or Black British - African',
    'M',
    'No',
    'clinical',
    'Band 5',
    '',
    '10.00',
    '',
    'yes',
    'no',
    'yes',
  ],
  [
    'P4',
    'H',
    'male',
    'Not Declared',
    'medical',
    'Consultant',
    '',
    '50.00',
    '£1,000.00',
    'no',
    'no',
    'no',
  ],
  ['P5', 'Z Not Stated', 'F', 'no', 'non_clinical', 'Band 3', 'none', '9.00', '0', '', '', ''],
  [
    'P6',
    'Not stated',
    '',
    'Prefer Not To Answer',
    'Non-Clinical',
    'band 3',
    '',
    '',
    '',
    'no',
    'no',
    'no',
  ],
  [
    'P7',
    'S Any Other Ethnic Group',
    'Female',
    'yes',
    'clinical',
    'VSM',
    'voting_non_executive',
    '40.00',
    '',
    'no',
    'no',
    'yes',
  ],
  ['P8', 'B White - Irish', 'M', 'N', 'medical', 'Trainee', '', '20.00', '', 'Y', 'N', 'Y'],
];

export const HAND_RECRUITMENT = [
  ['applicant_id', 'ethnicity', 'disability', 'appointed'],
  ['A1', 'A', 'no', 'yes'],
  ['A2', 'A White - British', 'No', 'no'],
  ['A3', 'N', 'yes', 'no'],
  ['A4', 'H Asian or Asian British - Indian', 'Yes', 'yes'],
  ['A5', 'Z', '', 'no'],
  ['A6', 'C3', 'Not Declared', 'Y'],
];
