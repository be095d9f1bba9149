import {
  periodOptionLabel,
  STANDING_TITLES,
  standingSentence,
  type TBoardReport,
  type TPeriodStanding,
} from '@belonging/domain';
import { formatDateTime, formatDay, Select, Tag } from '@belonging/ui';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { TPeriod } from '../../lib/api-types.ts';

/** The standing of the report's period; before the period list arrives, from its lock alone. */
export function standingOf(report: TBoardReport, periods: readonly TPeriod[] | undefined) {
  const listed = periods?.find((p) => p.id === report.period.id)?.standing;
  return listed ?? (report.period.locked ? 'locked' : 'live');
}

export function PeriodChooser({ periods, selected }: { periods: TPeriod[]; selected: string }) {
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
          label: periodOptionLabel(p.label, p.standing),
        }))}
      />
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        Show report
      </button>
    </form>
  );
}

const TAG_COLOURS = { locked: 'blue', live: 'green', past: 'grey', upcoming: 'grey' } as const;

/**
 * Which report this is, in words: a locked snapshot, the live position, or a past period never
 * locked; and, when it is not the live one, how to see the live position.
 */
export function ReportStatus({
  report,
  standing,
  periods,
}: {
  report: TBoardReport;
  standing: TPeriodStanding;
  periods: readonly TPeriod[] | undefined;
}) {
  const p = report.period;
  const live = periods?.find((x) => x.standing === 'live');
  return (
    <div data-testid="report-status">
      <p>
        <Tag colour={TAG_COLOURS[standing]}>{STANDING_TITLES[standing]}</Tag> You are looking at{' '}
        {p.label}
        {standing === 'live' ? ', the live position' : ''}.{' '}
        {standingSentence(report, standing, { day: formatDay, instant: formatDateTime })} Period{' '}
        {formatDay(p.startDate)} to {formatDay(p.endDate)}
        {p.boardDate ? `, board meeting ${formatDay(p.boardDate)}` : ''}.
      </p>
      {live && live.id !== p.id ? (
        <p className="bt-no-print" data-testid="live-link">
          <Link to={`/report?period=${live.id}`}>
            See the live position ({live.label}), from today's data
          </Link>
        </p>
      ) : null}
    </div>
  );
}
