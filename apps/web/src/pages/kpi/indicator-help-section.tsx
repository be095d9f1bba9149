import { indicatorHelpForKpi, indicatorHelpRows } from '@belonging/domain';
import { SummaryList } from '@belonging/ui';
import type { TKpiDetail } from '../../lib/api-types.ts';

/** For a KPI from the NHS indicator library: what it measures, its data, which way is better. */
export function IndicatorHelpSection({ kpi }: { kpi: Pick<TKpiDetail, 'code' | 'tags'> }) {
  const help = indicatorHelpForKpi({ code: kpi.code, tags: kpi.tags.map((t) => t.tag) });
  if (!help) return null;
  return (
    <section aria-labelledby="indicator-help-heading" data-testid="indicator-help">
      <h2 id="indicator-help-heading">Understanding this indicator</h2>
      <p className="nhsuk-body-s">
        {help.code === kpi.code
          ? 'This KPI is a national NHS indicator.'
          : `This KPI tracks the national NHS indicator ${help.code}.`}
      </p>
      <SummaryList rows={indicatorHelpRows(help)} />
    </section>
  );
}
