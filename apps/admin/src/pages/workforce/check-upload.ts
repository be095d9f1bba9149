import {
  FILE_SNIFF_BYTES,
  WORKFORCE_MAX_UPLOAD_BYTES,
  describeFileSize,
  fileSizeProblem,
  notCsvMessage,
} from '@belonging/domain';
import type { TErrorItem } from '@belonging/ui';

/** The most one upload may carry, as the server enforces it (the same constant). */
export const MAX_UPLOAD_BYTES = WORKFORCE_MAX_UPLOAD_BYTES;
const LIMIT = describeFileSize(MAX_UPLOAD_BYTES);

export type TUploadForm = {
  asOf: string;
  threshold: string;
  staff: File | null;
  recruitment: File | null;
};

/** The latest 31 March on or before `today` (the usual snapshot date of the published returns). */
export function latestThirtyFirstMarch(today: Date = new Date()): string {
  const year = today.getFullYear();
  const thisYears = new Date(year, 2, 31);
  return `${today >= thisYears ? year : year - 1}-03-31`;
}

const FILE_LABELS = { staff: 'The staff file', recruitment: 'The recruitment file' } as const;

function checkFile(field: 'staff' | 'recruitment', file: File | null): string | null {
  if (!file) return field === 'staff' ? 'Choose the staff file (CSV or Excel .xlsx)' : null;
  if (!/\.(csv|xlsx)$/i.test(file.name)) {
    return `${FILE_LABELS[field]} must be a CSV or Excel (.xlsx) file`;
  }
  if (file.size === 0) return `${FILE_LABELS[field]} is empty`;
  return fileSizeProblem(file.size, MAX_UPLOAD_BYTES, {
    subject: FILE_LABELS[field],
    verb: 'upload',
  });
}

/**
 * What the browser can check before sending anything: a real date, a whole-number threshold, and
 * CSV or Excel files within the upload limit together. Each error names its field, as the summary links to it.
 */
export function checkUploadForm(form: TUploadForm): TErrorItem[] {
  const errors: TErrorItem[] = [];
  const day = /^\d{4}-\d{2}-\d{2}$/.test(form.asOf) ? new Date(`${form.asOf}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== form.asOf) {
    errors.push({ fieldId: 'field-asOf', message: 'Enter the snapshot date, like 31/03/2026' });
  }
  if (!/^\s*\d{1,6}\s*$/.test(form.threshold) || Number(form.threshold) < 1) {
    errors.push({
      fieldId: 'field-threshold',
      message: 'Enter the small-number threshold as a whole number of 1 or more',
    });
  }
  for (const field of ['staff', 'recruitment'] as const) {
    const message = checkFile(field, form[field]);
    if (message) errors.push({ fieldId: `field-${field}`, message });
  }
  const total = (form.staff?.size ?? 0) + (form.recruitment?.size ?? 0);
  const oneTooLarge = [form.staff, form.recruitment].some((f) => (f?.size ?? 0) > MAX_UPLOAD_BYTES);
  if (total > MAX_UPLOAD_BYTES && !oneTooLarge) {
    errors.push({
      fieldId: 'field-recruitment',
      message: `The two files together are ${describeFileSize(total)}; the most you can upload at once is ${LIMIT}`,
    });
  }
  return errors;
}

/**
 * Reads the first bytes of each CSV chosen: a workbook or other binary file renamed .csv is
 * refused in the browser with the server's own words, before anything is sent.
 */
export async function checkUploadContents(form: TUploadForm): Promise<TErrorItem[]> {
  const errors: TErrorItem[] = [];
  for (const field of ['staff', 'recruitment'] as const) {
    const file = form[field];
    if (!file || !/\.csv$/i.test(file.name)) continue;
    const head = new Uint8Array(await file.slice(0, FILE_SNIFF_BYTES).arrayBuffer());
    const message = notCsvMessage(head, FILE_LABELS[field]);
    if (message) errors.push({ fieldId: `field-${field}`, message });
  }
  return errors;
}
