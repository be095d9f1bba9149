// Where the public page's parts live: on the server under /p/<slug>, and in the downloaded bundle
// as files beside index.html, so the bundle opens from disk with relative links only.

export type TPublicLinks = {
  page: string;
  stylesheet: string;
  accessibility: string;
  csv: string;
  /** The .zip of the page; the bundle itself has none. */
  bundle: string | null;
};

export const PUBLIC_PATH = '/p';

/** A slug as trusts are given them (lower-case letters and digits joined by hyphens); nothing
 * else is looked up or written into a link. */
export const isPublicSlug = (slug: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug);

/** The served page's links; `stylesheetVersion` makes the stylesheet's address change with it. */
export function servedLinks(slug: string, stylesheetVersion: string): TPublicLinks {
  const base = `${PUBLIC_PATH}/${encodeURIComponent(slug)}`;
  return {
    page: base,
    stylesheet: `${base}/styles.css?v=${stylesheetVersion}`,
    accessibility: `${base}/accessibility`,
    csv: `${base}/figures.csv`,
    bundle: `${base}/bundle.zip`,
  };
}

export const BUNDLE_LINKS: TPublicLinks = {
  page: 'index.html',
  stylesheet: 'styles.css',
  accessibility: 'accessibility.html',
  csv: 'figures.csv',
  bundle: null,
};
