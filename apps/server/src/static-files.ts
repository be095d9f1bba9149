import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json']);

type CachedFile = { body: Buffer; gzipped: Buffer | null; type: string; immutable: boolean };

/**
 * Serves one built single-page app from `root`: files as they are, anything else as index.html
 * so client-side routes load. Files are read once and kept (with a gzipped copy) in memory; only
 * files that exist are kept, so made-up paths cannot grow the cache.
 */
export function createStaticApp(root: string) {
  const cache = new Map<string, CachedFile>();

  function load(filePath: string): CachedFile | null {
    const cached = cache.get(filePath);
    if (cached) return cached;
    if (!existsSync(filePath) || !statSync(filePath).isFile()) return null;
    const ext = path.extname(filePath);
    const body = readFileSync(filePath);
    const file: CachedFile = {
      body,
      gzipped: COMPRESSIBLE.has(ext) ? gzipSync(body) : null,
      type: TYPES[ext] ?? 'application/octet-stream',
      immutable:
        filePath.includes(`${path.sep}assets${path.sep}`) && /-[\w-]{8,}\.\w+$/.test(filePath),
    };
    cache.set(filePath, file);
    return file;
  }

  return {
    available: () => existsSync(path.join(root, 'index.html')),
    serve(urlPath: string, acceptsGzip: boolean, res: ServerResponse): void {
      const decoded = decodePath(urlPath);
      if (decoded === null) {
        res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('The address is not valid.');
        return;
      }
      const safe = path.normalize(decoded).replace(/^(\.\.[/\\])+/, '');
      const candidate = path.join(root, safe);
      const inside = candidate.startsWith(root);
      const file = (inside && load(candidate)) || load(path.join(root, 'index.html'));
      if (!file) {
        res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(
          'This app has not been built yet. Run `pnpm build` (or `pnpm start`, which builds first).',
        );
        return;
      }
      const headers: Record<string, string> = {
        'Content-Type': file.type,
        'Cache-Control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        Vary: 'Accept-Encoding',
      };
      if (acceptsGzip && file.gzipped) {
        headers['Content-Encoding'] = 'gzip';
        res.writeHead(200, headers);
        res.end(file.gzipped);
        return;
      }
      res.writeHead(200, headers);
      res.end(file.body);
    },
  };
}

/** The path with its %-escapes decoded, or null when they are malformed (e.g. `%E0%A4%A`). */
function decodePath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}
