import { DataTable, formatValue, RagTag } from '@belonging/ui';
import { Link } from 'react-router';
import type { TActionDetail } from '../../lib/api-types.ts';

export function LinkedKpis({ kpis }: { kpis: TActionDetail['kpis'] }) {
  return (
    <section aria-labelledby="kpis-heading">
      <h2 id="kpis-heading">Linked KPIs</h2>
      <DataTable
        caption={<span className="nhsuk-u-visually-hidden">KPIs this action should move</span>}
        captionClassName=""
        rows={kpis}
        rowKey={(k) => k.id}
        empty="No KPIs are linked to this action."
        columns={[
          {
            header: 'KPI',
            rowHeader: true,
            cell: (k) => <Link to={`/kpis/${k.id}`}>{`${k.code}: ${k.title}`}</Link>,
          },
          { header: 'Colour', cell: (k) => <RagTag rag={k.assessment.rag} /> },
          {
            header: 'Latest value',
            numeric: true,
            cell: (k) => formatValue(k.assessment.actual, k.unit),
          },
        ]}
      />
    </section>
  );
}
