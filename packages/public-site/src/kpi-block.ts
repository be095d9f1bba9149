// One KPI on the public page: its latest value, target and direction, its trend as a small chart
// and the same values in a table (the accessible version of the chart).
import type { TPublicKpi } from '@belonging/domain';
import { formatDay, formatValue } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { ragTag, summaryList } from './tags.ts';
import { trendChart } from './trend-chart.ts';

function latestWords(kpi: TPublicKpi): string {
  if (!kpi.latest) return 'No value published yet';
  return `${formatValue(kpi.latest.value, kpi.unit)} at ${formatDay(kpi.latest.periodEnd)}`;
}

function targetWords(kpi: TPublicKpi): string | null {
  if (kpi.target === null) return null;
  const by = kpi.targetDate ? ` by ${formatDay(kpi.targetDate)}` : '';
  return `${formatValue(kpi.target, kpi.unit)}${by}`;
}

function valuesTable(kpi: TPublicKpi): SafeHtml {
  return html`<table class="nhsuk-table bt-trend__table">
    <caption class="nhsuk-table__caption nhsuk-table__caption--s">
      Values of ${kpi.code}
    </caption>
    <thead class="nhsuk-table__head">
      <tr class="nhsuk-table__row">
        <th scope="col" class="nhsuk-table__header">Period ending</th>
        <th scope="col" class="nhsuk-table__header nhsuk-table__header--numeric">Value</th>
      </tr>
    </thead>
    <tbody class="nhsuk-table__body">
      ${kpi.series.map(
        (p) =>
          html`<tr class="nhsuk-table__row">
            <td class="nhsuk-table__cell">${formatDay(p.periodEnd)}</td>
            <td class="nhsuk-table__cell nhsuk-table__cell--numeric">
              ${formatValue(p.value, kpi.unit)}
            </td>
          </tr> `,
      )}
    </tbody>
  </table>`;
}

/** The KPI under an h4 (it sits in a commitment's h3); `chartId` must be unique on the page. */
export function kpiBlock(kpi: TPublicKpi, chartId: string): SafeHtml {
  const heading = html`<span class="bt-code">${kpi.code}</span> ${kpi.title}`;
  const chart = trendChart(kpi, chartId);
  return html`<section class="bt-kpi" aria-labelledby="${chartId}-heading">
    <h4 id="${chartId}-heading">${heading}</h4>
    ${kpi.isDemoData ? html`<p class="nhsuk-body-s"><strong class="nhsuk-tag nhsuk-tag--yellow">Demo figure</strong> This measure's values are invented for the demonstration.</p>` : null}
    ${summaryList([
      ['Rating', ragTag(kpi.rag)],
      ['Latest value', latestWords(kpi)],
      ['Target', targetWords(kpi)],
      ['Direction', kpi.directionWords],
    ])}
    ${
      chart
        ? html`<div class="bt-trend">
            <div class="bt-trend__chart">${chart}</div>
            ${valuesTable(kpi)}
          </div>`
        : null
    }
  </section>`;
}
