// A KPI's trend as a small inline SVG: a line through its values, oldest first, with the target as
// a dashed line. It needs no script, prints, and says in its title and description what it shows;
// the data table beside it is the accessible version of the same figures.
import type { TPublicKpi } from '@belonging/domain';
import { formatDay, formatValue } from './format.ts';
import { html, type SafeHtml } from './html.ts';

const WIDTH = 240;
const HEIGHT = 72;
const PAD = 6;

/** One sentence a screen reader can say instead of the picture. */
export function describeTrend(kpi: TPublicKpi): string {
  const first = kpi.series[0];
  const last = kpi.series[kpi.series.length - 1];
  if (!first || !last) return 'No values yet.';
  const from =
    kpi.series.length === 1
      ? `One value: ${formatValue(last.value, kpi.unit)} at ${formatDay(last.periodEnd)}.`
      : `From ${formatValue(first.value, kpi.unit)} at ${formatDay(first.periodEnd)} to ${formatValue(last.value, kpi.unit)} at ${formatDay(last.periodEnd)}.`;
  const target = kpi.target === null ? '' : ` Target ${formatValue(kpi.target, kpi.unit)}.`;
  return `${from}${target}`;
}

/** The chart; `id` must be unique on the page (it names the title and description). */
export function trendChart(kpi: TPublicKpi, id: string): SafeHtml | null {
  if (kpi.series.length === 0) return null;
  const values = kpi.series.map((p) => p.value);
  if (kpi.target !== null) values.push(kpi.target);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || 1;
  const x = (i: number) =>
    kpi.series.length === 1 ? WIDTH / 2 : PAD + (i * (WIDTH - 2 * PAD)) / (kpi.series.length - 1);
  const y = (v: number) => HEIGHT - PAD - ((v - low) * (HEIGHT - 2 * PAD)) / span;
  const points = kpi.series.map((p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`);
  const target =
    kpi.target === null
      ? null
      : html`<line
          class="bt-chart__target"
          x1="${PAD}"
          x2="${WIDTH - PAD}"
          y1="${y(kpi.target).toFixed(1)}"
          y2="${y(kpi.target).toFixed(1)}"
        />`;
  return html`<svg
    class="bt-chart"
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    width="${WIDTH}"
    height="${HEIGHT}"
    role="img"
    aria-labelledby="${id}-title ${id}-desc"
    focusable="false"
  >
    <title id="${id}-title">Trend of ${kpi.title}</title>
    <desc id="${id}-desc">${describeTrend(kpi)}</desc>
    ${target}
    <polyline class="bt-chart__line" points="${points.join(' ')}" />
    ${kpi.series.map((p, i) => html`<circle class="bt-chart__point" cx="${x(i).toFixed(1)}" cy="${y(p.value).toFixed(1)}" r="3" />`)}
  </svg>`;
}
