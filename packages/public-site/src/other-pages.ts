// The public page's accessibility statement, and the page answered when nothing is published.
import type { TPublicPayload } from '@belonging/domain';
import { formatInstantDay } from './format.ts';
import { compactDocument, html } from './html.ts';
import { renderDocument } from './layout.ts';
import type { TPublicLinks } from './links.ts';

/** The accessibility statement for one trust's published page. */
export function renderAccessibilityStatement(payload: TPublicPayload, links: TPublicLinks): string {
  const name = payload.organisation.name;
  const main = html`<span class="nhsuk-caption-l">${name}</span>
    <h1>Accessibility statement</h1>
    <p>
      This statement applies to the page where ${name} publishes its progress on
      ${payload.strategyTitle}, and to its CSV and ZIP downloads.
    </p>
    <h2>How accessible this page is</h2>
    <p>
      We want as many people as possible to be able to use this page. It aims to meet the Web
      Content Accessibility Guidelines (WCAG) version 2.2 at level AA. You should be able to:
    </p>
    <ul>
      <li>read it with JavaScript switched off: it uses none</li>
      <li>zoom in up to 400% without text spilling off the screen</li>
      <li>navigate it using just a keyboard, with a link to skip to the main content</li>
      <li>
        listen to it with a screen reader: every chart has a table of the same figures beside it
      </li>
      <li>understand every rating in words, never by colour alone</li>
      <li>print it, or download every figure as a CSV file</li>
    </ul>
    <h2>Figures not published</h2>
    <p>
      Workforce figures about fewer people than the trust's privacy threshold are shown as an
      asterisk (*) and are not published, so that no one can be identified.
    </p>
    <h2>Reporting problems and asking for another format</h2>
    <p>
      If you cannot use any part of this page, or need the figures in another format, contact
      ${name}'s equality, diversity and inclusion team through the trust's website. If you are not
      happy with how we respond, contact the Equality Advisory and Support Service (EASS).
    </p>
    <h2>How we tested this page</h2>
    <p>
      The page is tested automatically with axe against WCAG 2.2 A and AA, in a browser with
      JavaScript switched off, at desktop width and at 320 pixels wide. This version was published
      on ${formatInstantDay(payload.publishedAt)}.
    </p>
    <p><a href="${links.page}">Back to the progress page</a></p>`;
  return renderDocument({
    title: `Accessibility statement – ${name}`,
    description: `Accessibility statement for ${name}'s published progress page.`,
    organisationName: name,
    links,
    isDemo: payload.organisation.isDemo,
    main,
  });
}

/** A plain page of a heading and a few sentences: the 404, or why a preview cannot be shown. */
export function renderMessagePage(
  title: string,
  paragraphs: readonly string[],
  stylesheet: string,
): string {
  return compactDocument(
    `<!DOCTYPE html>\n${
      html`<html lang="en-GB">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>${title}</title>
          <meta name="robots" content="noindex" />
          <link rel="stylesheet" href="${stylesheet}" />
        </head>
        <body>
          <a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
          <div class="nhsuk-width-container">
            <main class="nhsuk-main-wrapper" id="maincontent">
              <h1>${title}</h1>
              ${paragraphs.map((words) => html`<p>${words}</p>`)}
            </main>
          </div>
        </body>
      </html>`.text
    }\n`,
  );
}

/** The 404 page: nothing is published at this address (never which trusts exist). */
export function renderNotPublished(stylesheet: string): string {
  return renderMessagePage(
    'Page not found',
    [
      'Nothing is published at this address. The trust may have taken its progress page down, or the address may be mistyped.',
      "If you followed a link from a trust's website, check the address with that trust.",
    ],
    stylesheet,
  );
}
