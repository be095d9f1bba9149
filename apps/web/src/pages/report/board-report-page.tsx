import { STANDING_TITLES, type TBoardReport } from '@belonging/domain';
import { formatDateTime, formatDay } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Flash } from '../../components/flash.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { pageTitle } from '../../lib/page-title.ts';
import { ReportDownloads } from './report-downloads.tsx';
import { Exceptions, KpiLines, OwnerFlags } from './report-lists.tsx';
import { ReportGlance } from './report-glance.tsx';
import { PeriodChooser, ReportStatus, standingOf } from './report-period.tsx';
import { ReportFilters, useFilteredReport } from './report-filters.tsx';
import { ReportSummary } from './report-summary.tsx';
import { useTRPC } from '@belonging/client';

/**
 * The printed page's footer: generated is the day it was printed, not the day the figures were
 * frozen or assessed, which are named separately.
 */
function PrintedLine({ report, standing }: { report: TBoardReport; standing: string }) {
  const [printedAt] = useState(() => new Date());
  const p = report.period;
  return (
    <p className="bt-print-only">
      Printed from Belonging Tracker. Generated {formatDateTime(printedAt)}.{' '}
      {p.locked
        ? `Locked snapshot of ${p.label}${p.lockedAt ? `, frozen on ${formatDateTime(p.lockedAt)}` : ''}.`
        : `${standing}: ${p.label}, assessed on ${formatDay(report.asOf)}.`}
    </p>
  );
}

/** Exceptions and KPI lines follow the filter; the owner flags always list everything. */
function FilteredLists({ report }: { report: TBoardReport }) {
  const filtered = useFilteredReport(report);
  return (
    <>
      <ReportFilters panel={filtered.panel} />
      <Exceptions report={filtered.report} />
      <OwnerFlags report={report} />
      <KpiLines report={filtered.report} />
    </>
  );
}

export function BoardReportPage() {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const periodId = params.get('period') ?? undefined;
  const periods = useQuery(trpc.period.list.queryOptions());
  const report = useQuery(trpc.report.board.queryOptions(periodId ? { periodId } : undefined));
  return (
    <QueryState query={report} what="board report">
      {(r) => (
        <>
          <title>{pageTitle(`Board report ${r.period.label}`)}</title>
          <Flash />
          <span className="nhsuk-caption-l">
            {r.organisationName}: {r.strategyTitle}
          </span>
          <h1>Board report: {r.period.label}</h1>
          <ReportStatus report={r} standing={standingOf(r, periods.data)} periods={periods.data} />
          {periods.data && periods.data.length > 0 ? (
            <PeriodChooser key={r.period.id} periods={periods.data} selected={r.period.id} />
          ) : null}
          <ReportGlance report={r} />
          <ReportSummary report={r} />
          <FilteredLists report={r} />
          <ReportDownloads periodId={r.period.id} />
          <PrintedLine report={r} standing={STANDING_TITLES[standingOf(r, periods.data)]} />
        </>
      )}
    </QueryState>
  );
}
