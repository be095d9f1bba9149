import {
  filterBoardReport,
  parseReportFilter,
  RAG_LABELS,
  RAGS,
  reportOwners,
  type TBoardReport,
} from '@belonging/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import {
  FilterCount,
  FilterForm,
  NoMatches,
  type TFilterField,
} from '../../components/filter-form.tsx';
import { useTRPC } from '@belonging/client';

const NOUN = { one: 'exception or KPI', many: 'exceptions and KPIs' };
/** The period is chosen separately and survives applying or clearing the filters. */
const KEEP = ['period'];

/**
 * The report narrowed by ambition, colour and owner, as the address says. Report KPI lines carry
 * no owner, so each KPI's owner is read from the KPI list.
 */
export function useFilteredReport(report: TBoardReport) {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const kpiList = useQuery(trpc.kpi.list.queryOptions());
  const kpiOwners = new Map((kpiList.data ?? []).map((k) => [k.id, k.owner?.name ?? null]));
  const filter = parseReportFilter(params);
  const view = filterBoardReport(report, filter, kpiOwners);
  const fields: TFilterField[] = [
    {
      kind: 'select',
      name: 'ambition',
      label: 'Ambition',
      anyLabel: 'Every ambition',
      options: report.summary.map((a) => ({
        value: String(a.number),
        label: `${a.number}. ${a.title}`,
      })),
    },
    {
      kind: 'select',
      name: 'rag',
      label: 'Colour',
      anyLabel: 'Any colour',
      options: RAGS.map((r) => ({ value: r, label: RAG_LABELS[r] })),
    },
    {
      kind: 'select',
      name: 'owner',
      label: 'Owner',
      anyLabel: 'Any owner',
      options: reportOwners(report, kpiOwners).map((name) => ({ value: name, label: name })),
    },
  ];
  return {
    report: { ...report, exceptions: view.exceptions, kpis: view.kpis },
    panel: { filter, fields, shown: view.shown, total: view.total },
  };
}

/** The filter form for the exceptions and KPI lines, with the count and what the colours mean. */
export function ReportFilters({ panel }: { panel: ReturnType<typeof useFilteredReport>['panel'] }) {
  return (
    <section aria-labelledby="report-filter-heading" className="bt-no-print">
      <h2 id="report-filter-heading">Filter exceptions and KPIs</h2>
      <p className="nhsuk-body-s">
        The summary by ambition always shows the whole strategy.{' '}
        <Link to="/help#colours">What the colours mean</Link>.
      </p>
      <FilterForm
        label="Filter exceptions and KPIs"
        fields={panel.fields}
        values={panel.filter}
        keep={KEEP}
      />
      <FilterCount shown={panel.shown} total={panel.total} noun={NOUN} />
      {panel.shown === 0 && panel.total > 0 ? (
        <NoMatches total={panel.total} noun={NOUN} keep={KEEP} subject="No exceptions or KPIs" />
      ) : null}
    </section>
  );
}
