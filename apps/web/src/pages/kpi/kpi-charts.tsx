import { AssuranceIcon, KpiChart, SpcChart, VariationIcon, type TDatedValue } from '@belonging/ui';
import { Link } from 'react-router';
import type { TKpiDetail } from '../../lib/api-types.ts';
import { describeRuleSet } from './rule-set-words.ts';

/** The path the KPI should follow: baseline, trajectory points, then the target. */
export function expectedPath(kpi: TKpiDetail): TDatedValue[] {
  if (kpi.direction === 'band' || kpi.targetValue === null || !kpi.targetDate) return [];
  return [
    { date: kpi.baselineDate, value: kpi.baselineValue },
    ...kpi.trajectory.map((p) => ({ date: p.date, value: p.value })),
    { date: kpi.targetDate, value: kpi.targetValue },
  ];
}

export function TrajectoryChart({ kpi }: { kpi: TKpiDetail }) {
  const band =
    kpi.direction === 'band' && kpi.bandLow !== null && kpi.bandHigh !== null
      ? { low: kpi.bandLow, high: kpi.bandHigh }
      : null;
  const target =
    kpi.direction !== 'band' && kpi.targetValue !== null && kpi.targetDate
      ? { date: kpi.targetDate, value: kpi.targetValue }
      : null;
  return (
    <section aria-labelledby="trajectory-heading">
      <h2 id="trajectory-heading">
        Values against {band ? 'the target band' : 'the trajectory and target'}
      </h2>
      <KpiChart
        id="kpi-trajectory"
        title={`${kpi.code}: values against ${band ? 'the target band' : 'the trajectory and target'}`}
        unit={kpi.unit}
        values={kpi.series.map((m) => ({ date: m.periodEnd, value: m.value }))}
        expected={expectedPath(kpi)}
        target={target}
        band={band}
      />
      <p className="nhsuk-body-s">Every value is also in the data table below.</p>
    </section>
  );
}

/** The XmR chart and Making Data Count icons, or why there are none yet. */
export function SpcSection({ kpi }: { kpi: TKpiDetail }) {
  const spc = kpi.spcResult;
  const minimum = kpi.spcSettings.minimumPoints ?? 13;
  const enough = spc.upperLimit !== null && spc.lowerLimit !== null;
  return (
    <section aria-labelledby="spc-heading">
      <h2 id="spc-heading">Statistical process control (SPC)</h2>
      <p className="nhsuk-body-s">
        <Link to="/help#spc">What the SPC icons mean, and how they differ from the colour</Link>
      </p>
      {enough ? (
        <ul className="nhsuk-list bt-list-plain" data-testid="spc-icons">
          <li>
            <VariationIcon variation={spc.variation} />
          </li>
          <li>
            <AssuranceIcon assurance={spc.assurance} />
          </li>
        </ul>
      ) : (
        <p className="nhsuk-body-l" data-testid="spc-not-enough">
          Not enough points for SPC ({kpi.series.length} of {minimum}). The chart shows the values
          and their mean only, with no process limits or icons, until there are {minimum} values.
        </p>
      )}
      {kpi.series.length > 0 ? (
        <SpcChart
          id="kpi-spc"
          title={`${kpi.code}: ${enough ? 'SPC chart with mean and process limits' : 'run chart with mean'}`}
          unit={kpi.unit}
          points={kpi.series.map((m, i) => ({
            date: m.periodEnd,
            value: m.value,
            signal: spc.points[i]?.signal ?? null,
          }))}
          mean={spc.mean}
          upperLimit={spc.upperLimit}
          lowerLimit={spc.lowerLimit}
          target={kpi.direction === 'band' ? null : kpi.targetValue}
        />
      ) : null}
      <h3 className="nhsuk-heading-xs">How the SPC rules are set</h3>
      <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s" data-testid="spc-rule-set">
        {describeRuleSet(spc.ruleSet).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </section>
  );
}
