import { createContext, SESSION_COOKIE, type RequestMeta } from '@belonging/api';
import type { DbHandle } from '@belonging/db';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { HostEnv } from './host-options.ts';
import { noteSignedInUser } from './request-log.ts';

/**
 * The API context of a plain HTTP route (a download, an upload, a preview): the session from its
 * cookie, whose person the request's log line then names.
 */
export async function requestContext(
  c: Context<HostEnv>,
  handle: DbHandle,
  meta: Partial<RequestMeta>,
) {
  const ctx = await createContext({
    db: handle.db,
    target: handle.target,
    sessionToken: getCookie(c, SESSION_COOKIE),
    meta,
  });
  noteSignedInUser(ctx.session?.userId);
  return ctx;
}
