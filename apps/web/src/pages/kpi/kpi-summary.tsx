import { KPI_DIRECTION_LABELS, KPI_FREQUENCY_LABELS } from '@belonging/domain';
import { REASON_LABELS, nonAdverseBandWords } from '@belonging/domain';
import {
  formatDay,
  formatGap,
  formatValue,
  RagTag,
  SummaryList,
  Tag,
  WarningCallout,
} from '@belonging/ui';
import { Link } from 'react-router';
import type { TKpiDetail } from '../../lib/api-types.ts';

/** Where the KPI stands: its colour with the reason, the gap in words, and whether data is late. */
export function KpiStanding({ kpi }: { kpi: TKpiDetail }) {
  const a = kpi.assessment;
  const band =
    kpi.bandLow !== null && kpi.bandHigh !== null ? { low: kpi.bandLow, high: kpi.bandHigh } : null;
  const isRelativeLikelihood = nonAdverseBandWords({ unit: kpi.unit, band }) !== null;
  const targetText =
    kpi.direction === 'band'
      ? (nonAdverseBandWords({ unit: kpi.unit, band }) ??
        `Between ${formatValue(kpi.bandLow, kpi.unit)} and ${formatValue(kpi.bandHigh, kpi.unit)}`)
      : `${formatValue(kpi.targetValue, kpi.unit)} by ${formatDay(kpi.targetDate)}`;
  return (
    <section aria-labelledby="standing-heading">
      <h2 id="standing-heading">Colour and gap</h2>
      {a.stale ? (
        <WarningCallout heading="The latest value is out of date">
          <p data-testid="stale">
            A value for the period ending {formatDay(a.duePeriodEnd)} is due; the latest recorded is
            for {formatDay(a.periodEnd)}.
          </p>
        </WarningCallout>
      ) : null}
      <SummaryList
        rows={[
          {
            key: 'Colour',
            value: (
              <span data-testid="kpi-colour">
                <RagTag rag={a.rag} /> {REASON_LABELS[a.reason]}
              </span>
            ),
          },
          {
            key: 'Latest value',
            value:
              a.actual === null
                ? 'No data yet'
                : `${formatValue(a.actual, kpi.unit)} (period ending ${formatDay(a.periodEnd)})`,
          },
          ...(kpi.direction === 'band'
            ? []
            : [{ key: 'Expected by now', value: formatValue(a.expected, kpi.unit) }]),
          {
            key: 'Target',
            value: isRelativeLikelihood ? (
              <>
                {targetText}. <Link to="/help#relative-likelihood">What this band means</Link>
              </>
            ) : (
              targetText
            ),
          },
          { key: 'Gap', value: <span data-testid="kpi-gap">{formatGap(a.gap, kpi.unit)}</span> },
        ]}
      />
    </section>
  );
}

export function KpiDefinition({ kpi }: { kpi: TKpiDetail }) {
  return (
    <section aria-labelledby="definition-heading">
      <h2 id="definition-heading">About this KPI</h2>
      <SummaryList
        rows={[
          { key: 'Definition', value: kpi.definition || 'Not given' },
          { key: 'Direction', value: KPI_DIRECTION_LABELS[kpi.direction] },
          { key: 'How often', value: KPI_FREQUENCY_LABELS[kpi.frequency] },
          {
            key: 'Baseline',
            value: `${formatValue(kpi.baselineValue, kpi.unit)} on ${formatDay(kpi.baselineDate)}`,
          },
          {
            key: 'Tolerance',
            value:
              kpi.toleranceKind === 'absolute'
                ? `${formatValue(kpi.toleranceValue, kpi.unit)} either side of expected`
                : `${kpi.toleranceValue}% of the distance to target`,
          },
          { key: 'Data source', value: kpi.dataSource || 'Not given' },
          { key: 'Owner', value: kpi.owner?.name ?? 'No owner' },
          ...(kpi.isDemoData
            ? [{ key: 'Figures', value: <Tag colour="yellow">Demo data</Tag> }]
            : []),
        ]}
      />
    </section>
  );
}
