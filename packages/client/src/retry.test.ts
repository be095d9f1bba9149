import { describe, expect, it } from 'vitest';
import { apiError, databaseUnavailable, networkError } from '../test/api-errors.ts';
import { MAX_RETRIES, retryDelay, shouldRetry } from './retry.ts';
import { makeQueryClient } from './trpc.ts';

const refusal = (code: string) => apiError('No', { code });
const tooMany = (retryAfter?: string) =>
  apiError(
    'Too many attempts',
    { code: 'TOO_MANY_REQUESTS' },
    new Response(null, {
      status: 429,
      headers: retryAfter ? { 'Retry-After': retryAfter } : {},
    }),
  );

describe('shouldRetry', () => {
  it.each(['BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'])(
    'never tries a %s again: a second try gets the same answer',
    (code) => {
      expect(shouldRetry(0, refusal(code))).toBe(false);
    },
  );

  it.each([
    ['a 429', tooMany()],
    ['a server error', refusal('INTERNAL_SERVER_ERROR')],
    ['a network failure', networkError()],
    ['a database outage (503)', databaseUnavailable()],
  ])('tries %s again, at most twice', (_, error) => {
    expect(MAX_RETRIES).toBe(2);
    expect(shouldRetry(0, error)).toBe(true);
    expect(shouldRetry(1, error)).toBe(true);
    expect(shouldRetry(2, error)).toBe(false);
  });
});

describe('retryDelay', () => {
  it('waits as long as a 429’s Retry-After asks', () => {
    expect(retryDelay(0, tooMany('5'))).toBe(5000);
  });

  it('waits at least two seconds after a 429 that gives no Retry-After, then backs off', () => {
    expect(retryDelay(0, tooMany())).toBe(2000);
    expect(retryDelay(1, tooMany())).toBe(2000);
    expect(retryDelay(2, tooMany())).toBe(4000);
  });

  it('never waits more than 30 seconds, whatever the server asks', () => {
    expect(retryDelay(0, tooMany('600'))).toBe(30_000);
  });

  it('backs off one then two seconds after other failures', () => {
    expect(retryDelay(0, networkError())).toBe(1000);
    expect(retryDelay(1, refusal('INTERNAL_SERVER_ERROR'))).toBe(2000);
  });
});

describe('makeQueryClient', () => {
  it('gives every query this retry policy, 30 s freshness and no refetch on window focus', () => {
    const queries = makeQueryClient().getDefaultOptions().queries;
    expect(queries?.retry).toBe(shouldRetry);
    expect(queries?.retryDelay).toBe(retryDelay);
    expect(queries?.staleTime).toBe(30_000);
    expect(queries?.refetchOnWindowFocus).toBe(false);
  });
});

describe('retryDelay on a database outage', () => {
  it('backs off 1 s, 2 s rather than wait the 503’s Retry-After, so the page says so within seconds', () => {
    expect(retryDelay(0, databaseUnavailable())).toBe(1000);
    expect(retryDelay(1, databaseUnavailable())).toBe(2000);
  });
});
