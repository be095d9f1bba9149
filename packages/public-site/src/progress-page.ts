// The public progress page: the strategy's three ambitions with their commitments, actions and
// measures, the workforce equality figures and the EDS 2022 rating, from a publication's payload.
import type { TPublicPayload } from '@belonging/domain';
import { formatDay, formatInstantDay } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { renderDocument } from './layout.ts';
import type { TPublicLinks } from './links.ts';
import { ambitionHeading, ambitionId, idCounter, strategySections } from './strategy-sections.ts';
import { ragTag, summaryList } from './tags.ts';
import { edsSection, workforceSection } from './workforce-section.ts';

export type TRenderOptions = {
  links: TPublicLinks;
  /** The page's absolute address (for og:url); absent in the bundle. */
  absoluteUrl?: string | null;
  /** An EDI admin's preview before publishing: says so above everything. */
  isPreview?: boolean;
};

export function periodCoveredWords(payload: TPublicPayload): string {
  const { label, startDate, endDate } = payload.period;
  return `${label} (${formatDay(startDate)} to ${formatDay(endDate)})`;
}

export function pageTitle(payload: TPublicPayload): string {
  return `${payload.strategyTitle}: progress to ${payload.period.label} – ${payload.organisation.name}`;
}

function contents(payload: TPublicPayload): SafeHtml {
  const entries: [string, string][] = [
    ...payload.ambitions.map((a): [string, string] => [ambitionId(a), ambitionHeading(a)]),
    ...(payload.workforce ? [['workforce', 'Workforce equality figures'] as [string, string]] : []),
    ...(payload.eds ? [['eds', 'Equality Delivery System (EDS 2022)'] as [string, string]] : []),
    ['about', 'About these figures'],
  ];
  return html`<nav class="nhsuk-contents-list" aria-label="Contents">
    <h2 class="nhsuk-u-visually-hidden">Contents</h2>
    <ol class="nhsuk-contents-list__list">
      ${entries.map(([id, words]) => html`<li class="nhsuk-contents-list__item"><a class="nhsuk-contents-list__link" href="#${id}">${words}</a></li> `)}
    </ol>
  </nav>`;
}

function about(payload: TPublicPayload, links: TPublicLinks): SafeHtml {
  return html`<section aria-labelledby="about">
    <h2 id="about">About these figures</h2>
    <p>
      These figures are the position at the end of ${periodCoveredWords(payload)}, as the trust's
      equality, diversity and inclusion team published them on
      ${formatInstantDay(payload.publishedAt)}. They do not change until the next publication.
    </p>
    <p>
      Every published figure is also available as
      <a href="${links.csv}">a CSV file of every figure</a
      >${links.bundle ? html`, and this page as <a href="${links.bundle}">a ZIP file to put on your own website</a>` : null}.
    </p>
    <p><a href="${links.accessibility}">Accessibility statement for this page</a></p>
  </section>`;
}

/** The whole page as HTML text: works with JavaScript off, every value escaped. */
export function renderProgressPage(payload: TPublicPayload, options: TRenderOptions): string {
  const ids = idCounter();
  const main = html`<span class="nhsuk-caption-l">${payload.organisation.name}</span>
    <h1>${payload.strategyTitle}: our progress</h1>
    ${summaryList([
      ['Period covered', periodCoveredWords(payload)],
      ['Published on', formatInstantDay(payload.publishedAt)],
      ['Overall', ragTag(payload.overall)],
    ])}
    ${contents(payload)} ${strategySections(payload, ids)} ${workforceSection(payload.workforce)}
    ${edsSection(payload.eds)} ${about(payload, options.links)}`;
  return renderDocument({
    title: pageTitle(payload),
    description: `How ${payload.organisation.name} is doing on ${payload.strategyTitle}: the position at the end of ${payload.period.label}, published on ${formatInstantDay(payload.publishedAt)}.`,
    organisationName: payload.organisation.name,
    links: options.links,
    absoluteUrl: options.absoluteUrl ?? null,
    isDemo: payload.organisation.isDemo,
    isPreview: options.isPreview ?? false,
    main,
  });
}
