import { BackLink, InsetText, Tag } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { RagSpcWhy } from '../../components/rag-spc-why.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { PageTitle } from '../../lib/error-title.tsx';
import { pageTitle } from '../../lib/page-title.ts';
import { useBackLink } from '../../lib/back-link.ts';
import { SpcSection, TrajectoryChart } from './kpi-charts.tsx';
import { IndicatorHelpSection } from './indicator-help-section.tsx';
import { KpiDefinition, KpiStanding } from './kpi-summary.tsx';
import { Breakdown, SeriesTable } from './kpi-tables.tsx';
import { RecordValueForm } from './record-value-form.tsx';
import { whoRecordsValues } from './owner-words.ts';
import { useTRPC } from '@belonging/client';

export function KpiPage() {
  const { kpiId = '' } = useParams();
  const trpc = useTRPC();
  const kpi = useQuery(trpc.kpi.byId.queryOptions({ id: kpiId }));
  const back = useBackLink({ href: '/kpis', text: 'Back to KPIs' });
  return (
    <QueryState query={kpi} what="KPI">
      {(k) => (
        <>
          <PageTitle text={pageTitle(`${k.code}: ${k.title}`)} />
          <BackLink href={back.href} text={back.text} Link={RouterLink} />
          <span className="nhsuk-caption-l">
            {k.ambition ? `Ambition ${k.ambition.number}: ${k.ambition.title}` : 'KPI'}
            {k.commitment ? `, commitment ${k.commitment.code}` : ''}
          </span>
          <h1>
            {k.code}: {k.title} {k.isDemoData ? <Tag colour="yellow">Demo data</Tag> : null}
          </h1>
          <KpiStanding kpi={k} />
          <TrajectoryChart kpi={k} />
          <SpcSection kpi={k} />
          <RagSpcWhy
            reading={{
              rag: k.assessment.rag,
              variation: k.spcResult.variation,
              assurance: k.spcResult.assurance,
            }}
          />
          <SeriesTable kpi={k} />
          <Breakdown kpi={k} />
          <KpiDefinition kpi={k} />
          <IndicatorHelpSection kpi={k} />
          {k.canRecord ? (
            <RecordValueForm kpi={k} />
          ) : (
            <InsetText>
              <p>{whoRecordsValues(k.owner)}</p>
            </InsetText>
          )}
        </>
      )}
    </QueryState>
  );
}
