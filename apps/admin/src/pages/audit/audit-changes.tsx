/** Before and after values of one audit event, showing only the fields that changed. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const rows = changedFields(before, after);
  if (rows.length === 0) return <span className="nhsuk-body-s">No values recorded</span>;
  return (
    <dl className="nhsuk-body-s bt-changes">
      {rows.map((r) => (
        <div key={r.field}>
          <dt>
            <strong>{r.field}</strong>
          </dt>
          <dd>
            <span className="nhsuk-u-visually-hidden">Before: </span>
            {r.before === undefined ? <em>none</em> : <del>{r.before}</del>} →{' '}
            <span className="nhsuk-u-visually-hidden">After: </span>
            {r.after === undefined ? <em>none</em> : <ins>{r.after}</ins>}
          </dd>
        </div>
      ))}
    </dl>
  );
}

type Row = { field: string; before: string | undefined; after: string | undefined };

function show(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null) return 'empty';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function changedFields(before: unknown, after: unknown): Row[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before === null && after === null) return [];
    return [{ field: 'value', before: show(before ?? undefined), after: show(after ?? undefined) }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .map((field) => ({ field, before: show(b[field]), after: show(a[field]) }))
    .filter((r) => r.before !== r.after);
}
