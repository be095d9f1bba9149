import http from 'node:http';
import { appRouter, createContext, readSessionCookie, SignInThrottle } from '@belonging/api';
import { checkDatabaseHealth, type DbHandle } from '@belonging/db';
import { API_MAX_BODY_BYTES } from '@belonging/domain';
import { createHTTPHandler } from '@trpc/server/adapters/standalone';
import { clientAddress } from './client-address.ts';
import { guardRequests } from './request-guard.ts';
import { createStaticApp } from './static-files.ts';
import { VERSION } from './version.ts';
import { handleWorkforceUpload, WORKFORCE_UPLOAD_PATH } from './workforce-upload.ts';

export type ServerOptions = DbHandle & {
  webDir: string;
  adminDir: string;
  /** The public origin when behind a proxy, e.g. https://belonging.example.nhs.uk */
  appOrigin?: string;
  /** How many proxies in front of the server to trust for X-Forwarded-For (0: use the socket address). */
  trustProxy?: number;
  /** The most one workforce upload may carry (default 100 MB). */
  maxUploadBytes?: number;
  /** Where each workforce upload's private folder is made (default the system's temp folder). */
  uploadTempRoot?: string;
};

/** Big enough for the largest measurement import (20,000 rows), small enough to refuse a flood. */
export const MAX_BODY_BYTES = API_MAX_BODY_BYTES;
/** Most procedure calls one batched request may carry. */
export const MAX_BATCH_SIZE = 20;

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** One HTTP server: tRPC at /trpc, workforce uploads, /healthz, the admin app at /admin and the web app at /. */
export function createAppServer(opts: ServerOptions): http.Server {
  const throttle = new SignInThrottle();
  const web = createStaticApp(opts.webDir);
  const admin = createStaticApp(opts.adminDir);

  const hsts = opts.appOrigin?.startsWith('https:') ? 'max-age=31536000; includeSubDomains' : null;

  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: '/trpc/',
    maxBodySize: MAX_BODY_BYTES,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: ({ req, res }) =>
      createContext({
        db: opts.db,
        target: opts.target,
        sessionToken: readSessionCookie(req.headers.cookie),
        meta: requestMeta(req, opts),
        setHeader: (name, value) => appendHeader(res, name, value),
        throttle,
      }),
    onError: ({ error, path }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') {
        console.error(`tRPC ${path ?? '?'} failed:`, error.cause ?? error);
      }
    },
  });

  return http.createServer(
    guardRequests((req, res) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      if (hsts) res.setHeader('Strict-Transport-Security', hsts);
      // The path as sent: parsing it as a URL would read `//host/x` as another host.
      const pathname = (req.url ?? '/').split(/[?#]/)[0] || '/';
      if (pathname.startsWith('/trpc/')) {
        // Answers carry signed-in people's data: never kept by a browser or proxy cache.
        res.setHeader('Cache-Control', 'no-store');
        return trpc(req, res);
      }
      if (pathname === WORKFORCE_UPLOAD_PATH) {
        return handleWorkforceUpload(req, res, requestMeta(req, opts), opts);
      }
      if (pathname === '/healthz') return health(opts, res);
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      if (pathname === '/admin' || pathname.startsWith('/admin/')) {
        admin.serve(pathname.slice('/admin'.length) || '/', gzip, res);
        return;
      }
      web.serve(pathname, gzip, res);
    }),
  );
}

async function health(opts: ServerOptions, res: http.ServerResponse): Promise<void> {
  const { error, ...db } = await checkDatabaseHealth(opts.db, opts.target);
  // The error text can name hosts and users: it goes to the log, not to whoever asks.
  if (error) console.error('Health check: the database is not reachable:', error);
  const ok = db.reachable && db.migrationsApplied;
  res.writeHead(ok ? 200 : 503, {
    'Content-Type': 'application/json',
    'Cache-Control': 'no-store',
  });
  res.end(
    JSON.stringify({
      status: ok ? 'ok' : 'error',
      version: VERSION,
      database: { provider: opts.target.provider, ...db },
    }),
  );
}

function appendHeader(res: http.ServerResponse, name: string, value: string): void {
  const existing = res.getHeader(name);
  if (name.toLowerCase() === 'set-cookie' && existing !== undefined) {
    res.setHeader(name, [...(Array.isArray(existing) ? existing : [String(existing)]), value]);
  } else {
    res.setHeader(name, value);
  }
}

/**
 * A write is same-origin when the browser's Origin matches this server (or APP_ORIGIN). Clients
 * that send no Origin (scripts, tests) are judged by Sec-Fetch-Site, which browsers always send.
 */
function requestMeta(
  req: http.IncomingMessage,
  { appOrigin, trustProxy = 0 }: Pick<ServerOptions, 'appOrigin' | 'trustProxy'>,
) {
  const forwardedProto = String(req.headers['x-forwarded-proto'] ?? '')
    .split(',')[0]
    ?.trim();
  const secure = appOrigin ? appOrigin.startsWith('https:') : forwardedProto === 'https';
  const expected = appOrigin ?? `${secure ? 'https' : 'http'}://${req.headers.host ?? ''}`;
  const origin = req.headers.origin;
  const sameOrigin = origin
    ? origin === expected
    : req.headers['sec-fetch-site'] !== 'cross-site' &&
      req.headers['sec-fetch-site'] !== 'same-site';
  return { ip: clientAddress(req, trustProxy), sameOrigin, secure };
}
