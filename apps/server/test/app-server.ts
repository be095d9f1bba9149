import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { DbHandle } from '@belonging/db';
import type { ServerOptions } from '../src/host-options.ts';
import { createAppServer } from '../src/http-server.ts';
import { createLogger } from '../src/logger.ts';

export type TestServer = { url: string; webDir: string; close: () => Promise<void> };

/** The app server in this process on a free port (or `port`), over temporary built-app folders. */
export async function startTestServer(
  handle: DbHandle,
  { port = 0, ...opts }: Partial<ServerOptions> & { port?: number } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'belonging-http-'));
  const webDir = path.join(dir, 'web');
  const adminDir = path.join(dir, 'admin');
  for (const [folder, title] of [
    [webDir, 'web app'],
    [adminDir, 'admin app'],
  ] as const) {
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'index.html'), `<title>${title}</title>`);
  }
  // Warnings and errors only, unless a test passes its own logger: a line per request is noise here.
  const logger = createLogger({ level: 'warn', format: 'json' });
  const server = createAppServer({ ...handle, webDir, adminDir, logger, ...opts });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    webDir,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
