import { formatDay, formatValue, type TValueUnit } from '../format.ts';
import {
  CHART,
  ChartFrame,
  ChartLegend,
  TimeAxis,
  ValueAxis,
  dayMs,
  plotBottom,
  plotRight,
  valueAxisLeft,
} from './chart-frame.tsx';
import { extent, linePath, linearScale, niceTicks, round } from './scale.ts';

export type TDatedValue = { date: Date | string; value: number };

export type TKpiChartProps = {
  id: string;
  title: string;
  unit: TValueUnit;
  /** The measured values (whole population), any order. */
  values: TDatedValue[];
  /** The expected path: baseline, trajectory points, target. */
  expected?: TDatedValue[];
  target?: TDatedValue | null;
  band?: { low: number; high: number } | null;
};

/** A written summary of the chart, for its text alternative. */
export function describeKpiChart({
  values,
  expected = [],
  target,
  band,
  unit,
}: TKpiChartProps): string {
  const sorted = [...values].sort((a, b) => dayMs(a.date) - dayMs(b.date));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const parts: string[] = [];
  if (!first || !last) parts.push('No values recorded yet.');
  else if (first === last)
    parts.push(`One value: ${formatValue(last.value, unit)} at ${formatDay(last.date)}.`);
  else
    parts.push(
      `${sorted.length} values from ${formatValue(first.value, unit)} at ${formatDay(first.date)} to ${formatValue(last.value, unit)} at ${formatDay(last.date)}.`,
    );
  if (expected.length > 1) parts.push('A dashed line shows the expected trajectory.');
  if (target) parts.push(`Target ${formatValue(target.value, unit)} by ${formatDay(target.date)}.`);
  if (band)
    parts.push(`Target band ${formatValue(band.low, unit)} to ${formatValue(band.high, unit)}.`);
  return parts.join(' ');
}

/** Values against the trajectory, target or band: hand-drawn SVG, shapes and a key in words. */
export function KpiChart(props: TKpiChartProps) {
  const { id, title, unit, values, expected = [], target, band } = props;
  const sorted = [...values].sort((a, b) => dayMs(a.date) - dayMs(b.date));
  const allDates = [...sorted, ...expected, ...(target ? [target] : [])].map((p) => dayMs(p.date));
  const valueRange = extent(
    [...sorted, ...expected, ...(target ? [target] : [])]
      .map((p) => p.value)
      .concat(band ? [band.low, band.high] : []),
  ) ?? [0, 1];
  const { ticks, domain } = niceTicks(valueRange[0], valueRange[1]);
  const format = (v: number) => formatValue(v, unit);
  const left = valueAxisLeft(ticks.map(format));
  const timeRange = extent(allDates) ?? [0, 1];
  const x = linearScale(timeRange, [left + 12, plotRight - 12]);
  const y = linearScale(domain, [plotBottom, CHART.top]);
  const toXY = (p: TDatedValue) => ({ x: x(dayMs(p.date)), y: y(p.value) });

  return (
    <figure className="bt-figure">
      <ChartFrame id={id} title={title} description={describeKpiChart(props)}>
        <ValueAxis ticks={ticks} y={y} left={left} format={format} />
        <TimeAxis dates={allDates} x={x} left={left} />
        {band ? (
          <rect
            className="bt-chart__band"
            x={left}
            width={plotRight - left}
            y={round(y(band.high))}
            height={Math.max(1, round(y(band.low) - y(band.high)))}
          />
        ) : null}
        {expected.length > 1 ? (
          <path className="bt-chart__expected" d={linePath(expected.map(toXY))} />
        ) : null}
        {target ? (
          <g className="bt-chart__target">
            <path d={diamond(toXY(target).x, toXY(target).y, 7)} />
            <title>{`Target: ${formatValue(target.value, unit)} by ${formatDay(target.date)}`}</title>
          </g>
        ) : null}
        {sorted.length > 1 ? (
          <path className="bt-chart__actual" d={linePath(sorted.map(toXY))} />
        ) : null}
        {sorted.map((p) => (
          <circle
            key={dayMs(p.date)}
            className="bt-chart__point"
            cx={round(toXY(p).x)}
            cy={round(toXY(p).y)}
            r={4.5}
          >
            <title>{`${formatDay(p.date)}: ${formatValue(p.value, unit)}`}</title>
          </circle>
        ))}
      </ChartFrame>
      <ChartLegend
        items={[
          {
            key: 'actual',
            label: 'Solid line and dots: measured values',
            swatch: <ActualSwatch />,
          },
          ...(expected.length > 1
            ? [
                {
                  key: 'expected',
                  label: 'Dashed line: expected trajectory',
                  swatch: <line className="bt-chart__expected" x1="0" x2="28" y1="7" y2="7" />,
                },
              ]
            : []),
          ...(target
            ? [
                {
                  key: 'target',
                  label: 'Diamond: target',
                  swatch: <path className="bt-chart__target" d={diamond(14, 7, 6)} />,
                },
              ]
            : []),
          ...(band
            ? [
                {
                  key: 'band',
                  label: 'Shaded area: target band',
                  swatch: <rect className="bt-chart__band" x="0" y="1" width="28" height="12" />,
                },
              ]
            : []),
        ]}
      />
    </figure>
  );
}

function ActualSwatch() {
  return (
    <>
      <line className="bt-chart__actual" x1="0" x2="28" y1="7" y2="7" />
      <circle className="bt-chart__point" cx="14" cy="7" r="4" />
    </>
  );
}

export function diamond(cx: number, cy: number, r: number): string {
  return `M${round(cx)},${round(cy - r)} L${round(cx + r)},${round(cy)} L${round(cx)},${round(cy + r)} L${round(cx - r)},${round(cy)} Z`;
}
