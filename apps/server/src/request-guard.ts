import type { ErrorHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { requestLogger } from './request-log.ts';

/**
 * The host's error handler: an unexpected throw (or rejection) answers a 500 that names nothing
 * and is logged, instead of ending the process for everyone.
 */
export const answerUnexpectedError: ErrorHandler = (error, c) => {
  if (error instanceof HTTPException) return error.getResponse();
  requestLogger().error({ err: error }, 'Request failed');
  c.header('Cache-Control', 'no-store');
  return c.text('Something went wrong on our side. Please try again.', 500);
};
