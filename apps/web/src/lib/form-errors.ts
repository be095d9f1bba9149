import type { TErrorItem } from '@belonging/ui';

/** Field errors from the shared input schema, first message per field: the server checks the same. */
export function schemaFieldErrors(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (!out[field]) out[field] = issue.message;
  }
  return out;
}

/** Error-summary items in form order; `ids` maps field names to the element the link focuses. */
export function summaryItems(
  errors: Record<string, string>,
  order: string[],
  ids: Record<string, string> = {},
): TErrorItem[] {
  const known = order.filter((field) => errors[field]);
  const rest = Object.keys(errors).filter((field) => !order.includes(field));
  return [...known, ...rest].map((field) => ({
    fieldId: ids[field] ?? field,
    message: errors[field] ?? '',
  }));
}
