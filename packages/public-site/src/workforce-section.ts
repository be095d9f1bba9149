// The workforce equality figures (WRES, WDES, pay gaps) and the EDS 2022 rating. A suppressed
// figure carries no number in the payload at all; it is shown as `*`, and a note says why.
import type { TPublicFigure, TPublicPayload } from '@belonging/domain';
import { formatDay, formatValue } from './format.ts';
import { html, type SafeHtml } from './html.ts';

export const SUPPRESSED_MARK = '*';

export function suppressionNote(threshold: number): string {
  return `* Not published: fewer than ${threshold} people are counted in this figure, so publishing it could identify someone.`;
}

export function figureText(figure: TPublicFigure): string {
  return figure.suppressed || figure.value === null
    ? SUPPRESSED_MARK
    : formatValue(figure.value, figure.unit);
}

function figureCell(figure: TPublicFigure): SafeHtml {
  if (!figure.suppressed && figure.value !== null) return html`${figureText(figure)}`;
  return html`<span aria-hidden="true">${SUPPRESSED_MARK}</span
    ><span class="nhsuk-u-visually-hidden">Not published (too few people)</span>`;
}

function sectionId(title: string): string {
  return `figures-${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

type TWorkforce = NonNullable<TPublicPayload['workforce']>;

function figureTable(section: TWorkforce['sections'][number]): SafeHtml {
  return html`<table class="nhsuk-table bt-figures">
    <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">
      ${section.title} figures
    </caption>
    <thead class="nhsuk-table__head">
      <tr class="nhsuk-table__row">
        <th scope="col" class="nhsuk-table__header">Measure</th>
        <th scope="col" class="nhsuk-table__header nhsuk-table__header--numeric">Figure</th>
        <th scope="col" class="nhsuk-table__header">What it means</th>
      </tr>
    </thead>
    <tbody class="nhsuk-table__body">
      ${section.figures.map(
        (f) =>
          html`<tr class="nhsuk-table__row">
            <th scope="row" class="nhsuk-table__header">${f.label}</th>
            <td class="nhsuk-table__cell nhsuk-table__cell--numeric">${figureCell(f)}</td>
            <td class="nhsuk-table__cell">${f.note ?? ''}</td>
          </tr> `,
      )}
    </tbody>
  </table>`;
}

export function workforceSection(workforce: TWorkforce | null): SafeHtml | null {
  if (!workforce) return null;
  const hasSuppressed = workforce.sections.some((s) => s.figures.some((f) => f.suppressed));
  return html`<section aria-labelledby="workforce">
    <h2 id="workforce">Workforce equality figures</h2>
    <p>From the staff record as at ${formatDay(workforce.asOf)}.</p>
    ${hasSuppressed ? html`<p class="nhsuk-inset-text bt-suppression-note">${suppressionNote(workforce.threshold)}</p>` : null}
    ${workforce.sections.map(
      (section) =>
        html`<h3 id="${sectionId(section.title)}">${section.title}</h3>
          ${figureTable(section)}`,
    )}
  </section>`;
}

export function edsSection(eds: TPublicPayload['eds']): SafeHtml | null {
  if (!eds) return null;
  const score = eds.score === null ? '' : ` (score ${eds.score.toLocaleString('en-GB')})`;
  return html`<section aria-labelledby="eds">
    <h2 id="eds">Equality Delivery System (EDS 2022)</h2>
    <p>
      Our latest EDS 2022 assessment, for ${eds.year}, rated the trust
      <strong>${eds.ratingWords}</strong>${score}.
    </p>
  </section>`;
}
