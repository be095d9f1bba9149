import { buildPublicationPreview, toTRPCError } from '@belonging/api';
import { ZAdminPublicationPreviewInput } from '@belonging/domain';
import {
  isPublicSlug,
  publicStylesheet,
  renderMessagePage,
  renderNotPublished,
  renderProgressPage,
  servedLinks,
} from '@belonging/public-site';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { Hono, type Context } from 'hono';
import type { HostEnv, ServerOptions } from './host-options.ts';
import { requestContext } from './request-context.ts';
import { isDatabaseUnavailable, unavailableResponse } from './request-guard.ts';
import { requestMeta } from './request-meta.ts';
import { publicPageHeaders } from './security-headers.ts';

/** A preview is one person's, never kept, and may be framed by the admin app (same origin) only. */
function previewAnswer(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      ...publicPageHeaders("'self'"),
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Robots-Tag': 'noindex',
    },
  });
}

function refuse(slug: string, status: number, title: string, message: string): Response {
  const stylesheet = servedLinks(slug, publicStylesheet().version).stylesheet;
  return previewAnswer(status, renderMessagePage(title, [message], stylesheet));
}

async function answer(c: Context<HostEnv>, opts: ServerOptions): Promise<Response> {
  const slug = c.req.param('slug') ?? '';
  if (!isPublicSlug(slug)) {
    const none = servedLinks('none', publicStylesheet().version).stylesheet;
    return previewAnswer(404, renderNotPublished(none));
  }
  const ctx = await requestContext(c, opts, requestMeta(c, opts));
  const session = ctx.session;
  if (!session) return refuse(slug, 401, 'Sign in to preview', 'Please sign in.');
  if (!session.roles.includes('edi_admin') || session.mustChangePassword) {
    const why = 'Only the EDI team of this trust can preview its public page.';
    return refuse(slug, 403, 'You cannot preview this page', why);
  }
  const parsed = ZAdminPublicationPreviewInput.safeParse({
    periodId: c.req.query('periodId'),
    workforceUploadId: c.req.query('workforceUploadId') || null,
  });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'periodId');
    const words = `Choose what to preview: ${field} is missing or not valid.`;
    return refuse(slug, 400, 'Nothing to preview', words);
  }
  try {
    const payload = await buildPublicationPreview(ctx.db, session, parsed.data, ctx.now());
    // The preview is built for the admin's own trust; another trust's address is not theirs.
    if (payload.organisation.slug !== slug) {
      const why = 'Only the EDI team of this trust can preview its public page.';
      return refuse(slug, 403, 'You cannot preview this page', why);
    }
    const links = servedLinks(slug, publicStylesheet().version);
    return previewAnswer(200, renderProgressPage(payload, { links, isPreview: true }));
  } catch (error) {
    const known = toTRPCError(error);
    if (!known || known.code === 'INTERNAL_SERVER_ERROR') throw error;
    if (isDatabaseUnavailable(known)) return unavailableResponse();
    return refuse(slug, getHTTPStatusCodeFromError(known), 'Cannot preview', known.message);
  }
}

/**
 * GET /p/:slug/preview?periodId=&workforceUploadId=: exactly what the public would see if this
 * trust's EDI admin published that choice now, with a "Preview: not yet published" banner. Built
 * live, written nowhere; for the admin app's iframe.
 */
export function publicPreviewRoute(opts: ServerOptions): Hono<HostEnv> {
  const route = new Hono<HostEnv>();
  route.get('/:slug/preview', (c) => answer(c, opts));
  return route;
}
