import http from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { ExportRateLimit, SingleSignOn } from '@belonging/api';
import { Hono } from 'hono';
import { BOARD_PAPER_PATH, boardPaperRoute } from './board-paper-download.ts';
import {
  DEFAULT_CONNECTION_LIMITS,
  serverTimeouts,
  type ConnectionLimits,
} from './connection-limits.ts';
import { answerLive, answerReady } from './health.ts';
import type { HostEnv, ServerOptions } from './host-options.ts';
import { createLogger } from './logger.ts';
import { PUBLIC_PAGE_PATH, publicPageRoute } from './public-page.ts';
import { answerUnexpectedError } from './request-guard.ts';
import { requestLog } from './request-log.ts';
import { requestMeta } from './request-meta.ts';
import { securityHeaders } from './security-headers.ts';
import { SSO_ROUTES_PATH, ssoRoutes } from './sso-routes.ts';
import { builtApp } from './static-apps.ts';
import { trpcRoute } from './trpc-route.ts';
import { handleWorkforceUpload, WORKFORCE_UPLOAD_PATH } from './workforce-upload.ts';

/** The host: tRPC at /trpc, workforce uploads, the public progress pages at /p, /healthz, /readyz, the admin app at /admin and the web app at /. */
export function createApp(options: ServerOptions): Hono<HostEnv> {
  // One single sign-on for the host: its discovered providers are shared by every request.
  const opts = {
    ...options,
    sso: options.sso ?? new SingleSignOn({ appOrigin: options.appOrigin }),
  };
  const app = new Hono<HostEnv>();
  app.onError(answerUnexpectedError);
  app.use(requestLog(opts.logger ?? createLogger()));
  app.use(securityHeaders(opts.appOrigin));
  // One count of files made per person, whether asked for over tRPC or as a download link.
  const exportLimit = new ExportRateLimit();
  app.route('/trpc', trpcRoute(opts, exportLimit));
  app.route(BOARD_PAPER_PATH, boardPaperRoute(opts, exportLimit));
  app.all(WORKFORCE_UPLOAD_PATH, (c) => handleWorkforceUpload(c, requestMeta(c, opts), opts));
  app.route(SSO_ROUTES_PATH, ssoRoutes(opts));
  app.route(PUBLIC_PAGE_PATH, publicPageRoute(opts));
  app.get('/healthz', (c) => answerLive(c));
  app.get('/readyz', (c) => answerReady(c, opts));
  app.route('/admin', builtApp(opts.adminDir, '/admin'));
  app.route('/', builtApp(opts.webDir));
  return app;
}

/** Node's HTTP server with the host's timeouts and connection cap, answering nothing yet. */
export function createHttpServer(
  limits: ConnectionLimits = DEFAULT_CONNECTION_LIMITS,
): http.Server {
  const server = http.createServer(serverTimeouts(limits));
  server.maxConnections = limits.maxConnections;
  return server;
}

/** Makes `server` answer as the host. */
export function serveApp(server: http.Server, opts: ServerOptions): void {
  // The listener answers every failure itself (500 or a closed socket): nothing to await.
  const listener = getRequestListener(createApp(opts).fetch);
  server.on('request', (req, res) => void listener(req, res));
}

/** The host on Node's HTTP server, not yet listening: the caller listens and closes. */
export function createAppServer(opts: ServerOptions): http.Server {
  const server = createHttpServer(opts.limits);
  serveApp(server, opts);
  return server;
}
