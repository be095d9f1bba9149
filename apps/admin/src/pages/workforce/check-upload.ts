import type { TErrorItem } from '@belonging/ui';

/** The most one upload may carry, as the server enforces it. */
export const MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

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
  if (file.size > MAX_UPLOAD_BYTES) return `${FILE_LABELS[field]} must be smaller than 100 MB`;
  return null;
}

/**
 * What the browser can check before sending anything: a real date, a whole-number threshold, and
 * CSV or Excel files under 100 MB together. Each error names its field, as the summary links to it.
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
  if (total > MAX_UPLOAD_BYTES && !errors.some((e) => e.message.includes('100 MB'))) {
    errors.push({
      fieldId: 'field-recruitment',
      message: 'The two files together must be smaller than 100 MB',
    });
  }
  return errors;
}
