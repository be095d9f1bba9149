import type { ReactNode } from 'react';
import { formatDay, toDay } from '../format.ts';
import { round, type TScale } from './scale.ts';

export const CHART = { width: 640, height: 300, left: 64, right: 16, top: 16, bottom: 44 } as const;

export const plotBottom = CHART.height - CHART.bottom;
export const plotRight = CHART.width - CHART.right;

/** Milliseconds of a calendar day, for the time axis. */
export function dayMs(value: Date | string): number {
  return toDay(value).getTime();
}

/**
 * The SVG of a chart: `role="img"` with its title and a written description as the accessible
 * name and description (the data table below the chart carries every value).
 */
export function ChartFrame({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description: string;
  children: ReactNode;
}) {
  return (
    <svg
      className="bt-chart"
      viewBox={`0 0 ${CHART.width} ${CHART.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      preserveAspectRatio="xMidYMid meet"
      data-chart={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

/** Horizontal grid lines with value labels on the left. */
export function ValueAxis({
  ticks,
  y,
  format,
}: {
  ticks: number[];
  y: TScale;
  format: (v: number) => string;
}) {
  return (
    <g className="bt-chart__axis">
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            className="bt-chart__grid"
            x1={CHART.left}
            x2={plotRight}
            y1={round(y(tick))}
            y2={round(y(tick))}
          />
          <text x={CHART.left - 8} y={round(y(tick))} dy="0.32em" textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Date labels along the bottom; at most `max` of them so they never overlap. */
export function TimeAxis({ dates, x, max = 6 }: { dates: number[]; x: TScale; max?: number }) {
  const unique = [...new Set(dates)].sort((a, b) => a - b);
  const every = Math.max(1, Math.ceil(unique.length / max));
  const shown = unique.filter((_, i) => i % every === 0);
  return (
    <g className="bt-chart__axis">
      <line
        className="bt-chart__baseline"
        x1={CHART.left}
        x2={plotRight}
        y1={plotBottom}
        y2={plotBottom}
      />
      {shown.map((ms) => (
        <text key={ms} x={round(x(ms))} y={plotBottom + 20} textAnchor="middle">
          {formatDay(new Date(ms), 'short').replace(/^\d+ /, '')}
        </text>
      ))}
    </g>
  );
}

/** A key to the chart in words: each entry shows its line or marker style beside its meaning. */
export function ChartLegend({
  items,
}: {
  items: { key: string; swatch: ReactNode; label: string }[];
}) {
  return (
    <ul className="bt-chart-legend" aria-label="Chart key">
      {items.map((item) => (
        <li key={item.key}>
          <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
            {item.swatch}
          </svg>{' '}
          {item.label}
        </li>
      ))}
    </ul>
  );
}
