import { describe, expect, it } from 'vitest';
import { readImportFile } from './read-file.ts';

const MB = 1024 * 1024;
const csvFile = (parts: BlobPart[], name = 'measurements.csv') =>
  new File(parts, name, { type: 'text/csv' });

describe('reading the picked file in the browser', () => {
  it('refuses a file over the limit before reading it, giving both sizes in words', async () => {
    const big = csvFile([new Uint8Array(Math.round(20.4 * MB))]);
    expect(await readImportFile(big)).toEqual({
      rows: [],
      problem:
        'The file is 20.4 MB; the largest file you can import is 5 MB. Split it into smaller files.',
    });
  });

  it('says "This is not a CSV file" for a workbook renamed .csv', async () => {
    const zip = csvFile([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])]);
    const parsed = await readImportFile(zip);
    expect(parsed.rows).toEqual([]);
    expect(parsed.problem).toMatch(/^This is not a CSV file: it is an Excel workbook \(\.xlsx\)/);
  });

  it('says so for binary data with NUL bytes, too', async () => {
    const binary = csvFile([new Uint8Array([0x4b, 0x50, 0x49, 0x00, 0x00, 0x01, 0x02])]);
    expect((await readImportFile(binary)).problem).toMatch(/^This is not a CSV file: .*binary/);
  });

  it('reads Excel’s Windows “CSV” (a £ in one byte) as text, not as a broken character', async () => {
    const header = new TextEncoder().encode(
      'KPI code,Period end,Value,Note\r\nWRES-2,2025-03-31,1.4,',
    );
    const windows = csvFile([header, new Uint8Array([0xa3, 0x35, 0x0d, 0x0a])]);
    const parsed = await readImportFile(windows);
    expect(parsed.problem).toBeNull();
    expect(parsed.rows[0]?.note).toBe('£5');
  });
});
