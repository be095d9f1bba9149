import {
  type ExportRateLimit,
  exportLimitMessage,
  makeBoardPaperFile,
  toTRPCError,
  ZBoardPaperDownloadInput,
} from '@belonging/api';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { Hono, type Context } from 'hono';
import type { HostEnv, ServerOptions } from './host-options.ts';
import { requestContext } from './request-context.ts';
import { isDatabaseUnavailable, unavailableResponse } from './request-guard.ts';
import { requestMeta } from './request-meta.ts';

export const BOARD_PAPER_PATH = '/api/board-paper';

/** A JSON refusal in the words the apps show, never kept by a cache. */
function refuse(status: number, message: string, extra: Record<string, unknown> = {}) {
  return new Response(JSON.stringify({ message, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** `filename` for any browser, `filename*` for the exact name (RFC 6266). */
export function attachment(filename: string): string {
  const plain = filename.replace(/[^\w.-]/g, '_');
  return `attachment; filename="${plain}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

async function answer(
  c: Context<HostEnv>,
  opts: ServerOptions,
  exportLimit: ExportRateLimit,
): Promise<Response> {
  const parsed = ZBoardPaperDownloadInput.safeParse({
    periodId: c.req.param('periodId'),
    format: c.req.query('format'),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'format');
    return refuse(400, issue?.message ?? 'Format must be csv, xlsx, pdf or docx', { field });
  }
  const ctx = await requestContext(c, opts, requestMeta(c, opts));
  const session = ctx.session;
  if (!session) return refuse(401, 'Please sign in.');
  if (session.roles.length === 0) return refuse(403, 'You have no role in this trust.');
  if (session.mustChangePassword) return refuse(403, 'Change your temporary password first.');

  const wait = exportLimit.take(session.userId);
  if (wait > 0) {
    const limited = refuse(429, exportLimitMessage(wait));
    limited.headers.set('Retry-After', String(wait));
    return limited;
  }
  try {
    const file = await makeBoardPaperFile(ctx.db, session, parsed.data, ctx.now());
    return new Response(file.bytes, {
      headers: {
        'Content-Type': file.mimeType,
        'Content-Disposition': attachment(file.filename),
        'Content-Length': String(file.bytes.byteLength),
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    const known = toTRPCError(error);
    // Anything unrecognised goes to the host's handler: logged, and a 500 that names nothing.
    if (!known || known.code === 'INTERNAL_SERVER_ERROR') throw error;
    if (isDatabaseUnavailable(known)) return unavailableResponse();
    return refuse(getHTTPStatusCodeFromError(known), known.message);
  }
}

/**
 * GET /api/board-paper/:periodId?format=csv|xlsx|pdf|docx: the board report of a period as a file
 * to save, for anyone signed in to the trust (as the board report itself). Another trust's period
 * is 404; each person may have a few files made a minute (429 with Retry-After).
 */
export function boardPaperRoute(opts: ServerOptions, exportLimit: ExportRateLimit): Hono<HostEnv> {
  const route = new Hono<HostEnv>();
  route.get('/:periodId', (c) => answer(c, opts, exportLimit));
  return route;
}
