import {
  REASON_LABELS,
  nonAdverseBandWords,
  type TBoardReport,
  type TReason,
} from '@belonging/domain';
import {
  ASSURANCE_NAMES,
  DataTable,
  formatDay,
  formatValue,
  MovementText,
  RagTag,
  VARIATION_NAMES,
} from '@belonging/ui';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { RagSpcWhy } from '../../components/rag-spc-why.tsx';
import { reportBack } from '../../lib/back-link.ts';

/** The stored reason code in words; an unknown code (from an older snapshot) is shown as it is. */
function reasonText(reason: string | null): string {
  if (!reason) return '';
  return reason in REASON_LABELS ? REASON_LABELS[reason as TReason] : reason;
}

const hrefOf = (kind: 'action' | 'kpi', id: string) =>
  kind === 'action' ? `/actions/${id}` : `/kpis/${id}`;

/** A drill-down from the report: the page it opens offers the way back to this report and period. */
function DrillLink({ to, children }: { to: string; children: ReactNode }) {
  const { search } = useLocation();
  return (
    <Link to={to} state={{ back: reportBack(search) }}>
      {children}
    </Link>
  );
}

export function Exceptions({ report }: { report: TBoardReport }) {
  return (
    <section aria-labelledby="exceptions-heading" data-testid="exceptions">
      <h2 id="exceptions-heading">Exceptions: red and amber ({report.exceptions.length})</h2>
      {report.exceptions.length === 0 ? <p>No actions or KPIs are red or amber.</p> : null}
      {report.exceptions.map((e) => (
        <div className="nhsuk-card" key={`${e.kind}-${e.id}`}>
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-s">
              <RagTag rag={e.rag} />{' '}
              <DrillLink
                to={hrefOf(e.kind, e.id)}
              >{`${e.kind === 'kpi' ? 'KPI' : 'Action'} ${e.code}: ${e.title}`}</DrillLink>
            </h3>
            <p className="nhsuk-body-s">
              Ambition {e.ambitionNumber}
              {e.commitmentCode ? `, commitment ${e.commitmentCode}` : ''}. Owner:{' '}
              {e.owner ?? 'none'}. {reasonText(e.reason)}.
            </p>
            {e.narrative ? (
              <p className="bt-pre-line">
                <strong>Progress:</strong> {e.narrative}
              </p>
            ) : null}
            {e.kind === 'action' ? (
              <p className="bt-pre-line">
                <strong>Recovery action:</strong> {e.recoveryAction ?? 'None given'}
              </p>
            ) : null}
          </div>
        </div>
      ))}
    </section>
  );
}

export function OwnerFlags({ report }: { report: TBoardReport }) {
  return (
    <>
      <section aria-labelledby="optimistic-heading">
        <h2 id="optimistic-heading">Optimistic owner views ({report.optimistic.length})</h2>
        <DataTable
          caption={
            <span className="nhsuk-u-visually-hidden">
              Owner views greener than the dates and milestones
            </span>
          }
          captionClassName=""
          rows={report.optimistic}
          rowKey={(o) => o.actionId}
          empty="No owner's view is greener than the dates and milestones show."
          columns={[
            {
              header: 'Action',
              rowHeader: true,
              cell: (o) => (
                <DrillLink to={`/actions/${o.actionId}`}>{`${o.code}: ${o.title}`}</DrillLink>
              ),
            },
            { header: 'Owner', cell: (o) => o.owner },
            { header: "Owner's view", cell: (o) => <RagTag rag={o.ownerRag} /> },
            { header: 'From dates and milestones', cell: (o) => <RagTag rag={o.derivedRag} /> },
            { header: 'Reason given', cell: (o) => o.reason ?? 'None' },
          ]}
        />
      </section>
      <section aria-labelledby="missing-heading">
        <h2 id="missing-heading">Missing updates ({report.missingUpdates.length})</h2>
        <DataTable
          caption={
            <span className="nhsuk-u-visually-hidden">
              Actions with no update in the closed window
            </span>
          }
          captionClassName=""
          rows={report.missingUpdates}
          rowKey={(m) => m.actionId}
          empty="Every action has its update for this period."
          columns={[
            {
              header: 'Action',
              rowHeader: true,
              cell: (m) => (
                <DrillLink to={`/actions/${m.actionId}`}>{`${m.code}: ${m.title}`}</DrillLink>
              ),
            },
            { header: 'Owner', cell: (m) => m.owner },
          ]}
        />
      </section>
      <section aria-labelledby="stale-heading">
        <h2 id="stale-heading">Out-of-date KPIs ({report.staleKpis.length})</h2>
        <DataTable
          caption={
            <span className="nhsuk-u-visually-hidden">
              KPIs whose latest value is older than the period now due
            </span>
          }
          captionClassName=""
          rows={report.staleKpis}
          rowKey={(k) => k.kpiId}
          empty="Every KPI has its latest value."
          columns={[
            {
              header: 'KPI',
              rowHeader: true,
              cell: (k) => <DrillLink to={`/kpis/${k.kpiId}`}>{`${k.code}: ${k.title}`}</DrillLink>,
            },
            { header: 'Owner', cell: (k) => k.owner ?? 'None' },
            {
              header: 'Latest value for',
              cell: (k) => (k.periodEnd ? `Period ending ${formatDay(k.periodEnd)}` : 'No data'),
            },
          ]}
        />
      </section>
    </>
  );
}

/** One line per KPI: colour, value, SPC icons in words, movement. */
export function KpiLines({ report }: { report: TBoardReport }) {
  return (
    <section aria-labelledby="kpi-lines-heading">
      <h2 id="kpi-lines-heading">KPIs</h2>
      <DataTable
        caption={
          <span className="nhsuk-u-visually-hidden">
            Every KPI with its colour, value and SPC reading
          </span>
        }
        captionClassName=""
        rows={report.kpis}
        rowKey={(k) => k.id}
        columns={[
          {
            header: 'KPI',
            rowHeader: true,
            cell: (k) => <DrillLink to={`/kpis/${k.id}`}>{`${k.code}: ${k.title}`}</DrillLink>,
          },
          { header: 'Colour', cell: (k) => <RagTag rag={k.rag} /> },
          { header: 'Value', numeric: true, cell: (k) => formatValue(k.actual, k.unit) },
          {
            header: 'Target',
            numeric: true,
            cell: (k) => nonAdverseBandWords(k) ?? formatValue(k.target, k.unit),
          },
          {
            header: 'Variation',
            cell: (k) => (k.variation ? VARIATION_NAMES[k.variation] : 'Too few points'),
          },
          {
            header: 'Assurance',
            cell: (k) => (k.assurance ? ASSURANCE_NAMES[k.assurance] : 'None'),
          },
          { header: 'Since last period', cell: (k) => <MovementText movement={k.movement} /> },
        ]}
      />
      {report.kpis.map((k) => (
        <RagSpcWhy key={k.id} code={k.code} reading={k} />
      ))}
    </section>
  );
}
