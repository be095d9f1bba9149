import {
  finishSsoSignIn,
  SingleSignOn,
  SSO_BASE_PATH,
  SSO_STATE_COOKIE,
  startSsoSignIn,
  type SsoAnswer,
} from '@belonging/api';
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { HostEnv, ServerOptions } from './host-options.ts';
import { requestLogger } from './request-log.ts';
import { requestMeta } from './request-meta.ts';

/** Single sign-on: `/auth/sso/start?trust=<slug>&next=<path>` and the provider's redirect URI `/auth/sso/callback`. */
export const SSO_ROUTES_PATH = SSO_BASE_PATH;

/** A redirect (relative: never built from the Host header) that no cache keeps. */
function redirect(c: Context<HostEnv>, answer: SsoAnswer, step: 'start' | 'callback'): Response {
  if (answer.refused) {
    // The reason only: never the email, the state or a token.
    const { refused: reason, detail } = answer;
    requestLogger().info({ step, reason, ...(detail ? { detail } : {}) }, 'Single sign-on refused');
  }
  const headers = new Headers({ Location: answer.location, 'Cache-Control': 'no-store' });
  for (const cookie of answer.setCookies) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 302, headers });
}

export function ssoRoutes(opts: ServerOptions): Hono<HostEnv> {
  const sso = opts.sso ?? new SingleSignOn({ appOrigin: opts.appOrigin });
  const deps = (c: Context<HostEnv>) => ({
    db: opts.db,
    sso,
    now: new Date(),
    secure: requestMeta(c, opts).secure,
  });
  const route = new Hono<HostEnv>();
  route.get('/start', async (c) => {
    const answer = await startSsoSignIn(deps(c), {
      trust: c.req.query('trust'),
      next: c.req.query('next'),
    });
    return redirect(c, answer, 'start');
  });
  route.get('/callback', async (c) => {
    const answer = await finishSsoSignIn(deps(c), {
      search: new URL(c.req.url).search,
      stateCookie: getCookie(c, SSO_STATE_COOKIE),
    });
    return redirect(c, answer, 'callback');
  });
  return route;
}
