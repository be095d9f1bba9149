import { describe, expect, it } from 'vitest';
import {
  IMPORT_MAX_FILE_BYTES,
  API_MAX_BODY_BYTES,
  WORKFORCE_MAX_UPLOAD_BYTES,
  csvTextEncoding,
  describeFileSize,
  fileSizeProblem,
  isUtf8,
  notCsvMessage,
} from './file-checks.ts';

const MB = 1024 * 1024;
const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('file sizes in words', () => {
  it.each([
    [300, '300 bytes'],
    [1, '1 byte'],
    [2048, '2 KB'],
    [Math.round(20.4 * MB), '20.4 MB'],
    [5 * MB + 1, '5.1 MB'], // rounded up: just over the limit never reads as the limit
    [100 * MB, '100 MB'],
    [1234 * MB, '1,234 MB'],
  ])('%i bytes read as %s', (n, words) => {
    expect(describeFileSize(n)).toBe(words);
  });

  it('refuses a file over the limit before anything is sent, naming both sizes', () => {
    expect(fileSizeProblem(Math.round(20.4 * MB), IMPORT_MAX_FILE_BYTES)).toBe(
      'The file is 20.4 MB; the largest file you can import is 5 MB',
    );
    expect(fileSizeProblem(IMPORT_MAX_FILE_BYTES, IMPORT_MAX_FILE_BYTES)).toBeNull();
    expect(
      fileSizeProblem(101 * MB, WORKFORCE_MAX_UPLOAD_BYTES, {
        subject: 'The staff file',
        verb: 'upload',
      }),
    ).toBe('The staff file is 101 MB; the largest file you can upload is 100 MB');
  });

  it('keeps the import’s file limit inside the API’s body limit', () => {
    expect(IMPORT_MAX_FILE_BYTES).toBeLessThan(API_MAX_BODY_BYTES);
  });
});

describe('a binary file renamed .csv', () => {
  it.each([
    ['an .xlsx (zip)', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), /Excel workbook \(\.xlsx\)/],
    ['an old .xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), /older Excel/],
    ['a PDF', text('%PDF-1.7\n'), /a PDF/],
    ['text with a NUL byte', text('KPI code,Value\n\0\0'), /binary data/],
    [
      'bytes that are neither UTF-8 nor text',
      bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x01),
      /binary data/,
    ],
  ])('refuses %s: "This is not a CSV file"', (_name, head, why) => {
    const message = notCsvMessage(head);
    expect(message).toMatch(/^This is not a CSV file: /);
    expect(message).toMatch(why);
  });

  it('accepts UTF-8 text, and Excel’s Windows “CSV” with a pound sign, naming its encoding', () => {
    const utf8 = new Uint8Array([...text('KPI code,Value,Note\nX,1,'), 0xc2, 0xa3, 0x35]);
    expect(notCsvMessage(utf8)).toBeNull();
    expect(csvTextEncoding(utf8)).toBe('utf-8');
    const windows = new Uint8Array([
      ...text('KPI code,Value,Note\r\nX,1,'),
      0xa3,
      0x35,
      0x0d,
      0x0a,
    ]);
    expect(notCsvMessage(windows)).toBeNull();
    expect(csvTextEncoding(windows)).toBe('windows-1252');
  });

  it('forgives a character cut in half at the end of the bytes read', () => {
    expect(isUtf8(bytes(0x41, 0xe2, 0x82))).toBe(true);
    expect(isUtf8(bytes(0x41, 0xe2, 0x41))).toBe(false);
  });

  it('names the file it is about', () => {
    expect(notCsvMessage(bytes(0x50, 0x4b, 0x03, 0x04), 'The staff file')).toMatch(
      /^The staff file is not a CSV file: /,
    );
  });
});
