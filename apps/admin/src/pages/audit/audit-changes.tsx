import { BOOKKEEPING_FIELDS, fieldLabel, isRecord } from './audit-labels.ts';
import { formatAuditValue, type NameLookup, type ShownValue } from './audit-values.ts';

/** Before and after values of one audit event, showing only the fields that changed, in words. */
export function AuditChanges({
  before,
  after,
  names,
}: {
  before: unknown;
  after: unknown;
  names?: NameLookup;
}) {
  const rows = changedFields(before, after, names);
  if (rows.length === 0) return <span className="nhsuk-body-s">No values recorded</span>;
  return (
    <dl className="nhsuk-body-s bt-changes">
      {rows.map((r) => (
        <div key={r.field}>
          <dt>
            <strong>{r.label}</strong>
          </dt>
          <dd>
            <span className="nhsuk-u-visually-hidden">Before: </span>
            {r.before === undefined ? <em>none</em> : <Shown value={r.before} as="del" />} →{' '}
            <span className="nhsuk-u-visually-hidden">After: </span>
            {r.after === undefined ? <em>none</em> : <Shown value={r.after} as="ins" />}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** One value, struck through or inserted; a list of several items reads as a bulleted list. */
function Shown({ value, as: Tag }: { value: ShownValue; as: 'del' | 'ins' }) {
  if (typeof value === 'string') return <Tag>{value}</Tag>;
  if (value.length === 1) return <Tag>{value[0]}</Tag>;
  return (
    <Tag>
      <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s nhsuk-u-margin-bottom-0">
        {value.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </Tag>
  );
}

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
