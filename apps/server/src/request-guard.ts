import { databaseErrorKind } from '@belonging/db';
import { SERVICE_UNAVAILABLE_MESSAGE, SERVICE_UNAVAILABLE_RETRY_SECONDS } from '@belonging/domain';
import { TRPCError } from '@trpc/server';
import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestLogger } from './request-log.ts';

/** True when the error (or the tRPC error made of it) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof TRPCError && error.code === 'SERVICE_UNAVAILABLE') return true;
  return databaseErrorKind(error) === 'unavailable';
}

/** The answer to a request the database could not serve: 503, when to try again, and words. */
export function unavailableResponse(): Response {
  return new Response(JSON.stringify({ message: SERVICE_UNAVAILABLE_MESSAGE }), {
    status: 503,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(SERVICE_UNAVAILABLE_RETRY_SECONDS),
    },
  });
}

/**
 * The host's error handler: a database outage answers 503 with Retry-After; any other unexpected
 * throw (or rejection) answers a 500 that names nothing and is logged, instead of ending the
 * process for everyone.
 */
export const answerUnexpectedError: ErrorHandler = (error, c) => {
  if (error instanceof HTTPException) return error.getResponse();
  if (isDatabaseUnavailable(error)) {
    requestLogger().warn('Request failed: the database is unavailable');
    return unavailableResponse();
  }
  requestLogger().error({ err: error }, 'Request failed');
  c.header('Cache-Control', 'no-store');
  return c.text('Something went wrong on our side. Please try again.', 500);
};
