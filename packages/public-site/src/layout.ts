// The document every public page shares: lang, title, Open Graph tags, the stylesheet, a skip
// link, the NHS header and footer. No script at all: the page works, and is served, without one.
import { compactDocument, html, type SafeHtml } from './html.ts';
import type { TPublicLinks } from './links.ts';

export type TDocument = {
  /** The page's <title> (and og:title). */
  title: string;
  description: string;
  organisationName: string;
  links: TPublicLinks;
  /** The page's absolute address, for og:url; absent in the bundle, which has no address. */
  absoluteUrl?: string | null;
  /** Said above the content on every page of a demo trust. */
  isDemo: boolean;
  /** Said above everything on an admin's preview, which the public never sees. */
  isPreview?: boolean;
  main: SafeHtml;
};

const demoBanner = html`<div class="bt-banner bt-banner--demo">
  <div class="nhsuk-width-container">
    <p class="nhsuk-body-s bt-banner__text">
      <strong class="nhsuk-tag nhsuk-tag--yellow">Demo data</strong> This is a demonstration trust.
      Its people and many of its figures are invented.
    </p>
  </div>
</div>`;

const previewBanner = html`<div class="bt-banner bt-banner--preview">
  <div class="nhsuk-width-container">
    <p class="nhsuk-body-s bt-banner__text">
      <strong class="nhsuk-tag nhsuk-tag--orange">Preview</strong> Preview: not yet published. This
      is exactly what the public will see once you publish.
    </p>
  </div>
</div>`;

function footer(links: TPublicLinks): SafeHtml {
  const items = [
    { href: links.page, text: 'Progress page' },
    { href: links.accessibility, text: 'Accessibility statement' },
    { href: links.csv, text: 'Download every figure (CSV)' },
    links.bundle ? { href: links.bundle, text: 'Download this page (ZIP)' } : null,
  ].filter((item) => item !== null);
  return html`<footer class="nhsuk-footer" role="contentinfo">
    <div class="nhsuk-width-container">
      <h2 class="nhsuk-u-visually-hidden">Support links</h2>
      <ul class="nhsuk-footer__list">
        ${items.map((item) => html`<li class="nhsuk-footer__list-item"><a class="nhsuk-footer__list-item-link" href="${item.href}">${item.text}</a></li>`)}
      </ul>
      <p class="nhsuk-body-s nhsuk-u-margin-bottom-0">Published with Belonging Tracker.</p>
    </div>
  </footer>`;
}

/** A whole page, as the text a server sends or a bundle stores. */
export function renderDocument(doc: TDocument): string {
  const og = [
    ['og:type', 'website'],
    ['og:locale', 'en_GB'],
    ['og:site_name', doc.organisationName],
    ['og:title', doc.title],
    ['og:description', doc.description],
    ...(doc.absoluteUrl ? [['og:url', doc.absoluteUrl]] : []),
  ];
  const page = html`<html lang="en-GB">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${doc.title}</title>
      <meta name="description" content="${doc.description}" />
      ${og.map(([property, content]) => html`<meta property="${property}" content="${content}" /> `)}
      <meta name="twitter:card" content="summary" />
      <link rel="stylesheet" href="${doc.links.stylesheet}" />
    </head>
    <body>
      <a class="nhsuk-skip-link" href="#maincontent">Skip to main content</a>
      ${doc.isPreview ? previewBanner : null}
      <header class="nhsuk-header" role="banner">
        <div class="nhsuk-header__container nhsuk-width-container">
          <div class="nhsuk-header__service">
            <a class="nhsuk-header__service-name" href="${doc.links.page}"
              >${doc.organisationName}</a
            >
          </div>
        </div>
      </header>
      ${doc.isDemo ? demoBanner : null}
      <div class="nhsuk-width-container">
        <main class="nhsuk-main-wrapper" id="maincontent">${doc.main}</main>
      </div>
      ${footer(doc.links)}
    </body>
  </html> `;
  return compactDocument(`<!DOCTYPE html>\n${page.text}`);
}
