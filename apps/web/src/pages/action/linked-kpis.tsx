import { KpiColourTable } from '../../components/kpi-colour-table.tsx';
import type { TActionDetail } from '../../lib/api-types.ts';

export function LinkedKpis({ kpis }: { kpis: TActionDetail['kpis'] }) {
  return (
    <section aria-labelledby="kpis-heading">
      <h2 id="kpis-heading">Linked KPIs</h2>
      <KpiColourTable
        kpis={kpis}
        caption={<span className="nhsuk-u-visually-hidden">KPIs this action should move</span>}
        captionClassName=""
        empty="No KPIs are linked to this action."
      />
    </section>
  );
}
