import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { createLogger, type Logger } from './logger.ts';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** What one request's line gathers while it runs. */
type RequestRecord = { log: Logger; userId?: string };

const current = new AsyncLocalStorage<RequestRecord>();
let fallback: Logger | undefined;

/** The logger of the request being answered (its lines carry the request id), or the process's. */
export function requestLogger(): Logger {
  return current.getStore()?.log ?? (fallback ??= createLogger());
}

/** Names the signed-in person (by id only) on the request's line. */
export function noteSignedInUser(userId: string | undefined): void {
  const record = current.getStore();
  if (record && userId) record.userId = userId;
}

/** An incoming id is kept only when it is short and plain, so it cannot forge or flood a line. */
function acceptedRequestId(incoming: string | undefined): string | undefined {
  return incoming && /^[A-Za-z0-9._-]{8,64}$/.test(incoming) ? incoming : undefined;
}

const PLAIN_SEGMENT = /^[A-Za-z0-9._-]{1,64}$/;
const PROCEDURE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/;

/** A segment with a digit and 16 or more characters (cuid, uuid, hash) or all digits is an id. */
const isId = (segment: string) =>
  /^\d+$/.test(segment) || (segment.length >= 16 && /\d/.test(segment) && !segment.includes('.'));

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
};

/**
 * The path with ids and anything unusual replaced, and for /trpc the procedure names. Never the
 * query string, which carries tRPC inputs; a segment a person could have typed (an email) is
 * not kept.
 */
export function routeOf(path: string): string {
  const segments = path.split('/').filter(Boolean).slice(0, 12);
  if (segments[0] === 'trpc' && segments.length === 2 && segments[1]) {
    const names = decoded(segments[1]).split(',').slice(0, 25);
    return `/trpc/${names.map((n) => (PROCEDURE.test(n) ? n : ':unknown')).join(',')}`;
  }
  const named = segments.map((s) => (!PLAIN_SEGMENT.test(s) ? ':value' : isId(s) ? ':id' : s));
  return `/${named.join('/')}`;
}

/**
 * One line per request: its id (also answered in X-Request-Id), method, route, status, how long
 * the answer took and who asked (user id only). Runs first, so the error handler's 500 is counted.
 */
export function requestLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const requestId = acceptedRequestId(c.req.header(REQUEST_ID_HEADER)) ?? randomUUID();
    const record: RequestRecord = { log: logger.child({ requestId }) };
    const started = performance.now();
    await current.run(record, next);
    c.res.headers.set(REQUEST_ID_HEADER, requestId);
    const status = c.res.status;
    const line = {
      method: c.req.method,
      route: routeOf(c.req.path),
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(record.userId ? { userId: record.userId } : {}),
    };
    if (status >= 500) record.log.error(line, 'request');
    else record.log.info(line, 'request');
  };
}
