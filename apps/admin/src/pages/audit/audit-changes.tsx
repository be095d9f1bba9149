import { changedFields, type NameLookup, type ShownValue } from '@belonging/domain';

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
