import type { AddressInfo } from 'node:net';
import type { DatabaseTarget, Db } from '@belonging/db';
import { createHTTPServer } from '@trpc/server/adapters/standalone';
import superjson from 'superjson';
import { SESSION_COOKIE } from '../../src/auth/session-token.ts';
import { SignInThrottle } from '../../src/auth/throttle.ts';
import { createContext } from '../../src/context.ts';
import { appRouter } from '../../src/root.ts';

/** The session token from a Cookie header; the server itself reads it with Hono's getCookie. */
function readSessionCookie(cookieHeader: string | undefined): string | null {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return rest.join('=') || null;
  }
  return null;
}

export type TrpcHttp = {
  url: string;
  /** POSTs a mutation or GETs a query by path, with an optional session token; gives the status and decoded body. */
  call: (
    type: 'query' | 'mutation',
    path: string,
    input: unknown,
    token?: string | null,
  ) => Promise<{ status: number; headers: Headers; body: unknown; text: string }>;
  close: () => Promise<void>;
};

/**
 * The API over real HTTP (the standalone adapter), with the same context the server builds; a
 * test may set its clock. Each one is a server process of its own, with its own throttle object.
 */
export async function startTrpcHttp(
  db: Db,
  target: DatabaseTarget,
  opts: { now?: () => Date } = {},
): Promise<TrpcHttp> {
  const throttle = new SignInThrottle();
  const server = createHTTPServer({
    router: appRouter,
    createContext: ({ req, res }) =>
      createContext({
        db,
        target,
        sessionToken: readSessionCookie(req.headers.cookie),
        meta: { ip: req.socket.remoteAddress ?? 'unknown', sameOrigin: true, secure: false },
        setHeader: (name, value) => res.setHeader(name, value),
        throttle,
        now: opts.now,
      }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const call: TrpcHttp['call'] = async (type, path, input, token) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.cookie = `bt_session=${token}`;
    const encoded = JSON.stringify(superjson.serialize(input));
    const res =
      type === 'query'
        ? await fetch(`${url}/${path}?input=${encodeURIComponent(encoded)}`, { headers })
        : await fetch(`${url}/${path}`, { method: 'POST', headers, body: encoded });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: JSON.parse(text) as unknown, text };
  };

  return {
    url,
    call,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
