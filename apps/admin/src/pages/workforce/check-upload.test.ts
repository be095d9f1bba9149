import { describe, expect, it } from 'vitest';
import {
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
      '100 MB',
    ],
    [
      'two files over 100 MB together',
      {
        staff: csv('s.csv', MAX_UPLOAD_BYTES / 2 + 1),
        recruitment: csv('r.xlsx', MAX_UPLOAD_BYTES / 2),
      },
      'field-recruitment',
      'together must be smaller than 100 MB',
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
