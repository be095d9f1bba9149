import type { TBoardReport } from '@belonging/domain';
import { formatDateTime, formatDay, Select, Tag } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { Flash } from '../../components/flash.tsx';
import { QueryState } from '../../components/query-state.tsx';
import type { TPeriod } from '../../lib/api-types.ts';
import { pageTitle } from '../../lib/page-title.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { ReportDownloads } from './report-downloads.tsx';
import { Exceptions, KpiLines, OwnerFlags } from './report-lists.tsx';
import { ReportGlance } from './report-glance.tsx';
import { ReportFilters, useFilteredReport } from './report-filters.tsx';
import { ReportSummary } from './report-summary.tsx';

function PeriodChooser({ periods, selected }: { periods: TPeriod[]; selected: string }) {
  const [, setParams] = useSearchParams();
  const [choice, setChoice] = useState(selected);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ period: choice });
  };
  return (
    <form onSubmit={submit} className="bt-no-print bt-inline-form">
      <Select
        id="period"
        label="Reporting period"
        value={choice}
        onChange={setChoice}
        options={[...periods].reverse().map((p) => ({
          value: p.id,
          label: `${p.label}${p.isLocked ? ' (locked snapshot)' : ' (live)'}${p.isCurrent ? ', current' : ''}`,
        }))}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Show report
      </button>
    </form>
  );
}

function ReportStatus({ report }: { report: TBoardReport }) {
  const p = report.period;
  return (
    <p data-testid="report-status">
      {p.locked ? (
        <>
          <Tag colour="blue">Locked snapshot</Tag> Frozen
          {p.lockedAt ? ` on ${formatDateTime(p.lockedAt)}` : ''}: exactly what the board saw. Later
          changes do not alter it.
        </>
      ) : (
        <>
          <Tag colour="green">Live position</Tag> Assessed on {formatDay(report.asOf)} from today's
          data; it changes as owners update.
        </>
      )}{' '}
      Period {formatDay(p.startDate)} to {formatDay(p.endDate)}
      {p.boardDate ? `, board meeting ${formatDay(p.boardDate)}` : ''}.
    </p>
  );
}

/**
 * The printed page's footer: generated is the day it was printed, not the day the figures were
 * frozen or assessed, which are named separately.
 */
function PrintedLine({ report }: { report: TBoardReport }) {
  const [printedAt] = useState(() => new Date());
  const p = report.period;
  return (
    <p className="bt-print-only">
      Printed from Belonging Tracker. Generated {formatDateTime(printedAt)}.{' '}
      {p.locked
        ? `Locked snapshot of ${p.label}${p.lockedAt ? `, frozen on ${formatDateTime(p.lockedAt)}` : ''}.`
        : `Live position of ${p.label}, assessed on ${formatDay(report.asOf)}.`}
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
          <ReportStatus report={r} />
          {periods.data && periods.data.length > 0 ? (
            <PeriodChooser key={r.period.id} periods={periods.data} selected={r.period.id} />
          ) : null}
          <ReportGlance report={r} />
          <ReportSummary report={r} />
          <FilteredLists report={r} />
          <ReportDownloads periodId={r.period.id} />
          <PrintedLine report={r} />
        </>
      )}
    </QueryState>
  );
}
