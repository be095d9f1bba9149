import type { ReactNode } from 'react';
import { formatDay, toDay } from '../format.ts';
import { round, type TScale } from './scale.ts';

/**
 * The layout in SVG units. Text is sized in rem by styles.css (13 units at the default text size),
 * so the margins and label spacing leave room for 26 units: the user's text size at 200%.
 */
export const CHART = { width: 640, height: 300, right: 48, top: 16, bottom: 44 } as const;

/** Text height in SVG units at 200% text size: `.bt-chart` font-size 0.8125rem, doubled. */
const LARGEST_TEXT = 26;
/** The widest date label ("May 2025") is about 4.4em; half an em of space between labels. */
const DATE_LABEL_GAP = Math.ceil(4.9 * LARGEST_TEXT);

export const plotBottom = CHART.height - CHART.bottom;
export const plotRight = CHART.width - CHART.right;

/** Left margin that fits the longest value label at 200% text size (about 0.65em a character). */
export function valueAxisLeft(labels: readonly string[]): number {
  const longest = Math.max(0, ...labels.map((label) => label.length));
  return Math.max(64, Math.ceil(longest * 0.65 * LARGEST_TEXT) + 8);
}

/** Milliseconds of a calendar day, for the time axis. */
export function dayMs(value: Date | string): number {
  return toDay(value).getTime();
}

/**
 * The SVG of a chart: `role="img"` with its title and a written description as the accessible
 * name and description (the data table below the chart carries every value). It sits in a
 * focusable region that scrolls sideways on narrow screens, so its text never shrinks unreadably.
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
    <div className="bt-chart-scroll" role="region" aria-label={title} tabIndex={0}>
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
    </div>
  );
}

/** Horizontal grid lines with value labels on the left. */
export function ValueAxis({
  ticks,
  y,
  left,
  format,
}: {
  ticks: number[];
  y: TScale;
  left: number;
  format: (v: number) => string;
}) {
  return (
    <g className="bt-chart__axis">
      {ticks.map((tick) => (
        <g key={tick}>
          <line
            className="bt-chart__grid"
            x1={left}
            x2={plotRight}
            y1={round(y(tick))}
            y2={round(y(tick))}
          />
          <text x={left - 8} y={round(y(tick))} dy="0.32em" textAnchor="end">
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** Date labels along the bottom, spaced so they never overlap even at 200% text size. */
export function TimeAxis({ dates, x, left }: { dates: number[]; x: TScale; left: number }) {
  const unique = [...new Set(dates)].sort((a, b) => a - b);
  let lastShown = -Infinity;
  const shown = unique.filter((ms) => {
    if (x(ms) - lastShown < DATE_LABEL_GAP) return false;
    lastShown = x(ms);
    return true;
  });
  return (
    <g className="bt-chart__axis">
      <line
        className="bt-chart__baseline"
        x1={left}
        x2={plotRight}
        y1={plotBottom}
        y2={plotBottom}
      />
      {shown.map((ms) => (
        // Offset in em so a larger text size moves the label down rather than into the axis.
        <text key={ms} x={round(x(ms))} y={plotBottom + 6} dy="1em" textAnchor="middle">
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
