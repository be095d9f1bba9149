import { gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { attachment } from './board-paper-download.ts';
import type { HostEnv } from './host-options.ts';
import { publicPageHeaders } from './security-headers.ts';

export type TPublicAnswer = {
  body: string | Uint8Array;
  /** The body gzipped, made once and kept by the caller; sent to a browser that takes gzip. */
  gzipped?: () => Uint8Array;
  contentType: string;
  status?: number;
  cache: string;
  /** A weak validator (W/"…"): the same for the gzipped and the plain body, which read alike. */
  etag?: string;
  filename?: string;
};

/** Gzip, for a caller that keeps what it made. */
export const gzip = (text: string): Uint8Array => gzipSync(text);

function holdsEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => tag.trim() === etag);
}

/**
 * A public page's answer with the headers every public answer carries (no script allowed, framed
 * by nobody); a request that already holds its ETag gets a 304 without the body.
 */
export function publicAnswer(c: Context<HostEnv>, a: TPublicAnswer): Response {
  const headers: Record<string, string> = {
    ...publicPageHeaders("'none'"),
    'Content-Type': a.contentType,
    'Cache-Control': a.cache,
  };
  if (a.etag) headers.ETag = a.etag;
  if (a.filename) headers['Content-Disposition'] = attachment(a.filename);
  if (a.gzipped) headers.Vary = 'Accept-Encoding';
  if (a.etag && holdsEtag(c.req.header('If-None-Match'), a.etag)) {
    return new Response(null, { status: 304, headers });
  }
  let body = a.body;
  if (a.gzipped && /\bgzip\b/.test(c.req.header('Accept-Encoding') ?? '')) {
    body = a.gzipped();
    headers['Content-Encoding'] = 'gzip';
  }
  return new Response(body, { status: a.status ?? 200, headers });
}
