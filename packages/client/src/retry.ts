import { errorCode, responseOf } from './errors.ts';

/** Answers that a second try cannot change: the input, the session or the person's rights. */
const FINAL = new Set(['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

/** A failed query is tried again at most this many times (a network blip, a 5xx, a 429). */
export const MAX_RETRIES = 2;

/** Longest wait before a retry, whatever the server's Retry-After says. */
const MAX_WAIT_MS = 30_000;

/** Whether a query that failed `failures` times with `error` is tried again. */
export function shouldRetry(failures: number, error: unknown): boolean {
  return failures < MAX_RETRIES && !FINAL.has(errorCode(error));
}

function retryAfterMs(error: unknown): number | null {
  const response = responseOf(error);
  if (!response) return null;
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null;
}

/**
 * How long to wait before the next try: a 429 waits as long as the server asks (Retry-After), or
 * at least two seconds; anything else backs off 1 s, 2 s. Never more than 30 s. A 503's
 * Retry-After (a database outage) is not waited for: the page says so after the short backoff.
 */
export function retryDelay(failures: number, error: unknown): number {
  const backoff = 1000 * 2 ** failures;
  const wait =
    errorCode(error) === 'TOO_MANY_REQUESTS'
      ? (retryAfterMs(error) ?? Math.max(2000, backoff))
      : backoff;
  return Math.min(wait, MAX_WAIT_MS);
}
