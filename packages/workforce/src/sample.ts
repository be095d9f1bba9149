// Writes a synthetic trust's staff and recruitment extracts as CSV or XLSX, streaming, so a
// 1.4-million-person trust never sits in memory: rows go out in batches as they are made.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { WORKFORCE_COLUMNS, csvLine } from '@belonging/domain';
import {
  createRandom,
  sampleApplicantRow,
  sampleBoardSeats,
  sampleId,
  sampleStaffRow,
} from './sample-trust.ts';

export type TSampleFormat = 'csv' | 'xlsx';
export type TWorkforceSampleOptions = {
  staff: number;
  recruitment: number;
  seed: number;
  outDir: string;
  format: TSampleFormat;
};
export type TWorkforceSampleFile = { path: string; rows: number };

/** The most data rows a worksheet holds (Excel's 1,048,576 rows less the header). */
export const XLSX_MAX_ROWS = 1_048_575;
const BATCH = 8192;

export type TRowSource = { header: readonly string[]; rows: number; row: (n: number) => string[] };

/** Streams rows to a CSV file through the domain's one formula-safe writer. */
export async function writeCsv(path: string, source: TRowSource): Promise<void> {
  const out = createWriteStream(path);
  let batch = `${csvLine(source.header)}\n`;
  for (let n = 1; n <= source.rows; n++) {
    batch += `${csvLine(source.row(n))}\n`;
    if (n % BATCH === 0) {
      // Respect back-pressure: wait for the disk rather than queue the whole file in memory.
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(batch);
  await finished(out);
}

/** Plain amounts become number cells, as a payroll export has them; labels stay text. */
function xlsxCell(value: string): string | number {
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : value;
}

async function writeXlsx(path: string, source: TRowSource): Promise<void> {
  if (source.rows > XLSX_MAX_ROWS) {
    throw new Error(`An XLSX worksheet holds at most ${XLSX_MAX_ROWS} rows; use --format csv`);
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: false,
    useStyles: false,
  });
  const sheet = workbook.addWorksheet('Synthetic');
  sheet.addRow([...source.header]).commit();
  for (let n = 1; n <= source.rows; n++) {
    sheet.addRow(source.row(n).map(xlsxCell)).commit();
  }
  sheet.commit();
  await workbook.commit();
}

/**
 * Writes `staff.<format>` and `recruitment.<format>` into `outDir`: the same seed always gives the
 * same bytes (CSV). Staff and applicants draw from separate streams, so one count never shifts
 * the other file.
 */
export async function writeWorkforceSample(
  options: TWorkforceSampleOptions,
): Promise<TWorkforceSampleFile[]> {
  const { staff, recruitment, seed, outDir, format } = options;
  await mkdir(outDir, { recursive: true });
  const staffRandom = createRandom(seed);
  const seats = sampleBoardSeats(staffRandom, staff);
  const applicantRandom = createRandom(seed ^ 0x5eed5eed);
  const sources: [string, TRowSource][] = [
    [
      'staff',
      {
        header: WORKFORCE_COLUMNS.staff,
        rows: staff,
        row: (n) => sampleStaffRow(staffRandom, sampleId('SYN', n, staff), seats.get(n) ?? 'none'),
      },
    ],
    [
      'recruitment',
      {
        header: WORKFORCE_COLUMNS.recruitment,
        rows: recruitment,
        row: (n) => sampleApplicantRow(applicantRandom, sampleId('APP', n, recruitment)),
      },
    ],
  ];
  const written: TWorkforceSampleFile[] = [];
  for (const [name, source] of sources) {
    const path = join(outDir, `${name}.${format}`);
    await (format === 'csv' ? writeCsv(path, source) : writeXlsx(path, source));
    written.push({ path, rows: source.rows });
  }
  return written;
}
