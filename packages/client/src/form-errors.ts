import type { TFieldErrors } from './errors.ts';

/** A failed parse with one of the shared input schemas (the server validates with the same). */
export type TSchemaError = {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
};

/** The first message per field, keyed by its path ("rules.0.value"); a whole-form issue is "form". */
export function schemaFieldErrors(error: TSchemaError): TFieldErrors {
  const out: TFieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : 'form';
    out[field] ??= issue.message;
  }
  return out;
}

/** An error summary's item: the message, and the id of the field its link focuses. */
export type TSummaryItem = { fieldId: string; message: string };

/** Error-summary items in form order; `ids` maps field names to the element the link focuses. */
export function summaryItems(
  errors: TFieldErrors,
  order: readonly string[] = [],
  ids: Record<string, string> | ((field: string) => string) = {},
): TSummaryItem[] {
  const idOf = typeof ids === 'function' ? ids : (field: string) => ids[field] ?? field;
  const known = order.filter((field) => errors[field]);
  const rest = Object.keys(errors).filter((field) => !order.includes(field));
  return [...known, ...rest].map((field) => ({
    fieldId: idOf(field),
    message: errors[field] ?? '',
  }));
}

/** Items for forms whose inputs have the id `field-<name>` (the admin app's fields). */
export function toErrorItems(errors: TFieldErrors): TSummaryItem[] {
  return summaryItems(errors, [], (field) => `field-${field}`);
}
