import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import type { HostEnv } from './host-options.ts';

const NOT_BUILT =
  'This app has not been built yet. Run `pnpm build` (or `pnpm start`, which builds first).';

/** Vite's hashed files never change under their name: kept a year. Anything else is asked again. */
function setCacheControl(filePath: string, c: Context): void {
  const hashed =
    filePath.includes(`${path.sep}assets${path.sep}`) && /-[\w-]{8,}\.\w+$/.test(filePath);
  c.header('Cache-Control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
}

/** A path with malformed %-escapes (`/%E0%A4%A`) names no file and no page: 400, not the app. */
const refuseMalformedPath: MiddlewareHandler = async (c, next) => {
  try {
    decodeURIComponent(new URL(c.req.url).pathname);
  } catch {
    return c.text('The address is not valid.', 400);
  }
  await next();
};

/**
 * One built single-page app from `root`, mounted at `mountedAt`: its files as they are (gzipped
 * when the browser takes it), and any other path as index.html, so client-side routes load.
 */
export function builtApp(root: string, mountedAt = ''): Hono<HostEnv> {
  const rewriteRequestPath = (urlPath: string) => urlPath.slice(mountedAt.length) || '/';
  const app = new Hono<HostEnv>();
  app.use(refuseMalformedPath, compress({ encoding: 'gzip' }));
  app.get('*', serveStatic({ root, rewriteRequestPath, onFound: setCacheControl }));
  app.get('*', serveStatic({ root, path: 'index.html', onFound: setCacheControl }));
  app.get('*', (c) => c.text(NOT_BUILT, 503));
  return app;
}
