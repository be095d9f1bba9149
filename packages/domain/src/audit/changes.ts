import { BOOKKEEPING_FIELDS, fieldLabel, isRecord } from './labels.ts';
import { formatAuditValue, type NameLookup, type ShownValue } from './values.ts';

export type ChangedField = {
  /** The field's key as the API records it. */
  field: string;
  label: string;
  before: ShownValue | undefined;
  after: ShownValue | undefined;
};

function show(field: string, value: unknown, names: NameLookup | undefined) {
  return value === undefined ? undefined : formatAuditValue(field, value, names);
}

/**
 * The fields whose values differ between before and after, in words. Record-keeping fields (ids,
 * versions, sort order) are left out unless nothing else changed, so no event looks empty.
 */
export function changedFields(before: unknown, after: unknown, names?: NameLookup): ChangedField[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before == null && after == null) return [];
    // Only reorders record bare lists: the ids in their old and new order.
    const field = Array.isArray(before) || Array.isArray(after) ? 'order' : 'value';
    return [
      {
        field,
        label: fieldLabel(field),
        before: show(field, before ?? undefined, names),
        after: show(field, after ?? undefined, names),
      },
    ];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const changed = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (field) => JSON.stringify(b[field]) !== JSON.stringify(a[field]),
  );
  const meaningful = changed.filter((field) => !BOOKKEEPING_FIELDS.has(field));
  return (meaningful.length > 0 ? meaningful : changed).map((field) => ({
    field,
    label: fieldLabel(field),
    before: show(field, b[field], names),
    after: show(field, a[field], names),
  }));
}

function oneLine(value: ShownValue | undefined): string {
  if (value === undefined) return 'none';
  return typeof value === 'string' ? value : value.join('; ');
}

/** The changes as one line of words for a file or a search: "Title: Old → New. Owner: …". */
export function changesInWords(rows: readonly ChangedField[]): string {
  if (rows.length === 0) return 'No values recorded';
  return rows.map((r) => `${r.label}: ${oneLine(r.before)} → ${oneLine(r.after)}`).join('. ');
}
