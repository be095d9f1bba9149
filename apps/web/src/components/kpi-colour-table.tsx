import type { Rag, TKpiUnit } from '@belonging/domain';
import { DataTable, formatValue, RagTag } from '@belonging/ui';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

type KpiRow = {
  id: string;
  code: string;
  title: string;
  unit: TKpiUnit;
  assessment: { rag: Rag; actual: number | null };
};

/** KPIs with their colour (in words) and latest value, each linking to its KPI page. */
export function KpiColourTable({
  kpis,
  caption,
  captionClassName,
  empty,
}: {
  kpis: readonly KpiRow[];
  caption: ReactNode;
  captionClassName: string;
  empty?: string;
}) {
  return (
    <DataTable
      caption={caption}
      captionClassName={captionClassName}
      rows={kpis}
      rowKey={(k) => k.id}
      empty={empty}
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
  );
}
