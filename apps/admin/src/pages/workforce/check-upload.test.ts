import { describe, expect, it } from 'vitest';
import {
  checkUploadContents,
  checkUploadForm,
  latestThirtyFirstMarch,
  MAX_UPLOAD_BYTES,
  type TUploadForm,
} from './check-upload.ts';

const csv = (name = 'staff.csv', size = 10) => ({ name, size }) as unknown as File;
const form = (change: Partial<TUploadForm> = {}): TUploadForm => ({
  asOf: '2026-03-31',
  threshold: '10',
  staff: csv(),
  recruitment: null,
  ...change,
});

describe('the latest 31 March', () => {
  it.each([
    ['2026-03-30', '2025-03-31'],
    ['2026-03-31', '2026-03-31'],
    ['2026-12-01', '2026-03-31'],
  ])('on %s is %s', (today, expected) => {
    expect(latestThirtyFirstMarch(new Date(`${today}T12:00:00`))).toBe(expected);
  });
});

describe('the browser checks before an upload is sent', () => {
  it('passes a date, a threshold and a CSV staff file', () => {
    expect(checkUploadForm(form())).toEqual([]);
  });

  it.each([
    ['a missing staff file', { staff: null }, 'field-staff', 'Choose the staff file'],
    ['a PDF staff file', { staff: csv('staff.pdf') }, 'field-staff', 'must be a CSV or Excel'],
    [
      'an .xls recruitment file',
      { recruitment: csv('r.xls') },
      'field-recruitment',
      'CSV or Excel',
    ],
    [
      'a staff file over 100 MB',
      { staff: csv('s.csv', MAX_UPLOAD_BYTES + 1) },
      'field-staff',
      'The staff file is 100.1 MB; the largest file you can upload is 100 MB',
    ],
    [
      'two files over 100 MB together',
      {
        staff: csv('s.csv', MAX_UPLOAD_BYTES / 2 + 1),
        recruitment: csv('r.xlsx', MAX_UPLOAD_BYTES / 2),
      },
      'field-recruitment',
      'The two files together are 100.1 MB; the most you can upload at once is 100 MB',
    ],
    ['a date that is not a day', { asOf: '2026-02-30' }, 'field-asOf', 'snapshot date'],
    ['a threshold of 0', { threshold: '0' }, 'field-threshold', 'whole number of 1 or more'],
    ['a threshold of 2.5', { threshold: '2.5' }, 'field-threshold', 'whole number of 1 or more'],
  ])('refuses %s, naming the field', (_what, change, fieldId, words) => {
    const errors = checkUploadForm(form(change));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.fieldId).toBe(fieldId);
    expect(errors[0]?.message).toContain(words);
  });
});

describe('the browser reads the start of each CSV before an upload is sent', () => {
  const file = (bytes: number[], name: string) => new File([new Uint8Array(bytes)], name);
  it('says a workbook renamed .csv is not a CSV file, naming which file', async () => {
    const errors = await checkUploadContents(
      form({
        staff: file([0x50, 0x4b, 0x03, 0x04, 0, 0], 'staff.csv'),
        recruitment: file([0x4b, 0x00, 0x00, 0x01], 'recruitment.csv'),
      }),
    );
    expect(errors.map((e) => e.fieldId)).toEqual(['field-staff', 'field-recruitment']);
    expect(errors[0]?.message).toMatch(
      /^The staff file is not a CSV file: it is an Excel workbook/,
    );
    expect(errors[1]?.message).toMatch(/^The recruitment file is not a CSV file: .*binary data/);
  });

  it('passes CSV text, and leaves .xlsx files to the server', async () => {
    const text = [...'person_id,ethnicity\n'].map((c) => c.charCodeAt(0));
    const errors = await checkUploadContents(
      form({
        staff: file(text, 'staff.csv'),
        recruitment: file([0x50, 0x4b, 0x03, 0x04], 'recruitment.xlsx'),
      }),
    );
    expect(errors).toEqual([]);
  });
});
