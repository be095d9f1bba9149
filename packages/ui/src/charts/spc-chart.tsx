import type { TSpcSignal } from '@belonging/domain';
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
import { diamond } from './kpi-chart.tsx';
import { extent, linePath, linearScale, niceTicks, round } from './scale.ts';

export type TSpcChartPoint = { date: Date | string; value: number; signal: TSpcSignal | null };

export type TSpcChartProps = {
  id: string;
  title: string;
  unit: TValueUnit;
  points: TSpcChartPoint[];
  mean: number;
  upperLimit: number | null;
  lowerLimit: number | null;
  target?: number | null;
};

export const SIGNAL_WORDS: Record<TSpcSignal, string> = {
  improvement: 'Special cause: improvement',
  concern: 'Special cause: concern',
  neither: 'Special cause: neither improvement nor concern',
};

export function describeSpcChart({
  points,
  mean,
  upperLimit,
  lowerLimit,
  target,
  unit,
}: TSpcChartProps): string {
  const parts = [`${points.length} points, mean ${formatValue(mean, unit)}.`];
  if (upperLimit !== null && lowerLimit !== null) {
    parts.push(
      `Process limits ${formatValue(lowerLimit, unit)} to ${formatValue(upperLimit, unit)}.`,
    );
  } else parts.push('Too few points for process limits: a run chart.');
  if (target !== null && target !== undefined) parts.push(`Target ${formatValue(target, unit)}.`);
  const special = points.filter((p) => p.signal);
  parts.push(
    special.length === 0
      ? 'No special-cause points.'
      : `${special.length} special-cause point${special.length === 1 ? '' : 's'}: ${special
          .map((p) => `${formatDay(p.date)} (${p.signal ?? ''})`)
          .join(', ')}.`,
  );
  return parts.join(' ');
}

/** Marker shapes differ by signal, so special causes read without colour. */
function Marker({ x, y, signal }: { x: number; y: number; signal: TSpcSignal | null }) {
  if (signal === 'improvement')
    return (
      <rect
        className="bt-spc__point bt-spc__point--improvement"
        x={round(x - 5)}
        y={round(y - 5)}
        width={10}
        height={10}
      />
    );
  if (signal === 'concern')
    return <path className="bt-spc__point bt-spc__point--concern" d={diamond(x, y, 7)} />;
  if (signal === 'neither')
    return (
      <path
        className="bt-spc__point bt-spc__point--neither"
        d={`M${round(x)},${round(y - 6)} L${round(x + 6)},${round(y + 5)} L${round(x - 6)},${round(y + 5)} Z`}
      />
    );
  return <circle className="bt-spc__point" cx={round(x)} cy={round(y)} r={3.5} />;
}

/** An XmR chart: values, mean, process limits, target, and special-cause points marked. */
export function SpcChart(props: TSpcChartProps) {
  const { id, title, unit, points, mean, upperLimit, lowerLimit, target } = props;
  const sorted = [...points].sort((a, b) => dayMs(a.date) - dayMs(b.date));
  const range = extent([
    ...sorted.map((p) => p.value),
    mean,
    upperLimit,
    lowerLimit,
    target ?? null,
  ]) ?? [0, 1];
  const { ticks, domain } = niceTicks(range[0], range[1]);
  const format = (v: number) => formatValue(v, unit);
  const left = valueAxisLeft(ticks.map(format));
  const dates = sorted.map((p) => dayMs(p.date));
  const x = linearScale(extent(dates) ?? [0, 1], [left + 12, plotRight - 12]);
  const y = linearScale(domain, [plotBottom, CHART.top]);
  const hLine = (value: number, className: string) => (
    <line
      className={className}
      x1={left}
      x2={plotRight}
      y1={round(y(value))}
      y2={round(y(value))}
    />
  );
  const hasLimits = upperLimit !== null && lowerLimit !== null;
  const signals = new Set(sorted.map((p) => p.signal).filter((s): s is TSpcSignal => s !== null));

  return (
    <figure className="bt-figure">
      <ChartFrame id={id} title={title} description={describeSpcChart(props)}>
        <ValueAxis ticks={ticks} y={y} left={left} format={format} />
        <TimeAxis dates={dates} x={x} left={left} />
        {hLine(mean, 'bt-spc__mean')}
        {upperLimit !== null ? hLine(upperLimit, 'bt-spc__limit') : null}
        {lowerLimit !== null ? hLine(lowerLimit, 'bt-spc__limit') : null}
        {target !== null && target !== undefined ? hLine(target, 'bt-spc__target') : null}
        {sorted.length > 1 ? (
          <path
            className="bt-spc__line"
            d={linePath(sorted.map((p) => ({ x: x(dayMs(p.date)), y: y(p.value) })))}
          />
        ) : null}
        {sorted.map((p) => (
          <g key={dayMs(p.date)} data-signal={p.signal ?? 'none'}>
            <Marker x={x(dayMs(p.date))} y={y(p.value)} signal={p.signal} />
            <title>{`${formatDay(p.date)}: ${formatValue(p.value, unit)}${p.signal ? `, ${SIGNAL_WORDS[p.signal]}` : ''}`}</title>
          </g>
        ))}
      </ChartFrame>
      <ChartLegend
        items={[
          {
            key: 'mean',
            label: 'Solid line: mean',
            swatch: <line className="bt-spc__mean" x1="0" x2="28" y1="7" y2="7" />,
          },
          ...(hasLimits
            ? [
                {
                  key: 'limits',
                  label: 'Dashed lines: upper and lower process limits',
                  swatch: <line className="bt-spc__limit" x1="0" x2="28" y1="7" y2="7" />,
                },
              ]
            : []),
          ...(target !== null && target !== undefined
            ? [
                {
                  key: 'target',
                  label: 'Dotted line: target',
                  swatch: <line className="bt-spc__target" x1="0" x2="28" y1="7" y2="7" />,
                },
              ]
            : []),
          {
            key: 'point',
            label: 'Small dot: common cause',
            swatch: <Marker x={14} y={7} signal={null} />,
          },
          ...[...signals].map((signal) => ({
            key: signal,
            label: `${signal === 'improvement' ? 'Square' : signal === 'concern' ? 'Diamond' : 'Triangle'}: ${SIGNAL_WORDS[signal].toLowerCase()}`,
            swatch: <Marker x={14} y={7} signal={signal} />,
          })),
        ]}
      />
    </figure>
  );
}
