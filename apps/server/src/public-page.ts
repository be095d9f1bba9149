import { findCurrentPublicationIdBySlug, findPublicationPayload } from '@belonging/db';
import type { TPublicPayload } from '@belonging/domain';
import {
  isPublicSlug,
  PUBLIC_PATH,
  publicBundle,
  publicBundleName,
  publicCsv,
  publicCsvName,
  publicStylesheet,
  renderAccessibilityStatement,
  renderNotPublished,
  renderProgressPage,
  servedLinks,
} from '@belonging/public-site';
import { Hono, type Context } from 'hono';
import type { HostEnv, ServerOptions } from './host-options.ts';
import { gzip, publicAnswer } from './public-answer.ts';
import { RenderedPublications, renderedFile } from './public-page-cache.ts';
import { publicPreviewRoute } from './public-preview.ts';

export const PUBLIC_PAGE_PATH = PUBLIC_PATH;

const HTML = 'text/html; charset=utf-8';
// Asked again every time (no-cache): unpublishing is seen at once, and an unchanged page is a 304.
const REVALIDATE = 'no-cache';

function notPublished(c: Context<HostEnv>, slug: string): Response {
  const stylesheet = servedLinks(isPublicSlug(slug) ? slug : 'none', publicStylesheet().version);
  return publicAnswer(c, {
    body: renderNotPublished(stylesheet.stylesheet),
    contentType: HTML,
    status: 404,
    cache: 'no-store',
  });
}

let stylesheetGzip: Uint8Array | null = null;

/** The same stylesheet for every trust, named by its version: kept a year when asked by it. */
function stylesheet(c: Context<HostEnv>): Response {
  const { text, version } = publicStylesheet();
  return publicAnswer(c, {
    body: text,
    gzipped: () => (stylesheetGzip ??= gzip(text)),
    contentType: 'text/css; charset=utf-8',
    cache: c.req.query('v') === version ? 'public, max-age=31536000, immutable' : REVALIDATE,
    etag: `W/"${version}"`,
  });
}

type TKind = 'page' | 'accessibility' | 'csv' | 'bundle';

/**
 * GET /p/:slug (and its accessibility statement, figures.csv, bundle.zip, styles.css): the
 * trust's current publication, for anyone, without signing in. Each request looks the current
 * publication's id up by slug (one indexed query, so an unpublish answers 404 at once on every
 * server process) and answers from what was rendered (and gzipped) for that publication before;
 * only a publication not rendered yet has its payload read.
 */
export function publicPageRoute(opts: ServerOptions): Hono<HostEnv> {
  const rendered = new RenderedPublications();
  const route = new Hono<HostEnv>();

  const serve = async (c: Context<HostEnv>, kind: TKind): Promise<Response> => {
    const slug = c.req.param('slug') ?? '';
    if (!isPublicSlug(slug)) return notPublished(c, slug);
    const current = await findCurrentPublicationIdBySlug(opts.db, slug);
    if (!current) return notPublished(c, slug);
    let entry = rendered.find(current.id, slug);
    if (!entry) {
      const payload = await findPublicationPayload(opts.db, current.id);
      if (payload === null) return notPublished(c, slug);
      entry = rendered.entry(current.id, slug, payload);
    }
    const version = publicStylesheet().version;
    const links = servedLinks(slug, version);
    const etag = `W/"${current.id}-${kind}-${version}"`;
    /** A text file of the publication, rendered once and gzipped once. */
    const text = (contentType: string, render: (payload: TPublicPayload) => string) => {
      const body = renderedFile(entry, kind, render);
      const gzipped = () => renderedFile(entry, `${kind}.gz`, () => gzip(body));
      return { body, gzipped, contentType, cache: REVALIDATE, etag };
    };
    switch (kind) {
      case 'page': {
        const absoluteUrl = opts.appOrigin ? `${opts.appOrigin}${links.page}` : null;
        return publicAnswer(
          c,
          text(HTML, (p) => renderProgressPage(p, { links, absoluteUrl })),
        );
      }
      case 'accessibility':
        return publicAnswer(
          c,
          text(HTML, (p) => renderAccessibilityStatement(p, links)),
        );
      case 'csv':
        return publicAnswer(c, {
          ...text('text/csv; charset=utf-8', publicCsv),
          filename: publicCsvName(entry.payload),
        });
      case 'bundle':
        // A zip is compressed already.
        return publicAnswer(c, {
          body: renderedFile(entry, kind, publicBundle),
          contentType: 'application/zip',
          cache: REVALIDATE,
          etag,
          filename: publicBundleName(entry.payload),
        });
    }
  };

  route.get('/:slug/styles.css', stylesheet);
  route.get('/:slug', (c) => serve(c, 'page'));
  route.get('/:slug/accessibility', (c) => serve(c, 'accessibility'));
  route.get('/:slug/figures.csv', (c) => serve(c, 'csv'));
  route.get('/:slug/bundle.zip', (c) => serve(c, 'bundle'));
  route.route('/', publicPreviewRoute(opts));
  route.get('*', (c) => notPublished(c, ''));
  return route;
}
