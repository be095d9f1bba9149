import { databaseErrorKind, isReportError, type ReportErrorCode } from '@belonging/db';
import { isDomainError, SERVICE_UNAVAILABLE_MESSAGE } from '@belonging/domain';
import { TRPCError } from '@trpc/server';

/** A rule of the API broken by the caller, with the tRPC code it should answer with. */
export class ApiError extends Error {
  constructor(
    readonly code:
      'BAD_REQUEST' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHORIZED' | 'TOO_MANY_REQUESTS',
    message: string,
    /** Field-level messages, shown beside the form fields they name. */
    readonly fieldErrors?: Record<string, string[]>,
    /** Extra data the client needs to recover (e.g. the current version on a conflict). */
    readonly data?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const REPORT_ERROR_CODES: Record<ReportErrorCode, ApiError['code']> = {
  no_strategy: 'NOT_FOUND',
  no_period: 'NOT_FOUND',
  period_not_found: 'NOT_FOUND',
  already_locked: 'CONFLICT',
};

/**
 * The one place where errors from the domain, the database and the procedures become tRPC errors.
 * Anything not recognised stays an internal error, whose message the error formatter hides.
 */
export function toTRPCError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) return error;
  if (error instanceof ApiError)
    return new TRPCError({ code: error.code, message: error.message, cause: error });
  if (isDomainError(error)) {
    const fieldErrors = error.field ? { [error.field]: [error.message] } : undefined;
    return toTRPCError(
      new ApiError('BAD_REQUEST', error.message, fieldErrors, { reason: error.code }),
    );
  }
  if (isReportError(error)) {
    return toTRPCError(
      new ApiError(REPORT_ERROR_CODES[error.code], error.message, undefined, {
        reason: error.code,
      }),
    );
  }
  const kind = databaseErrorKind(error);
  if (kind === 'duplicate') {
    return new TRPCError({
      code: 'CONFLICT',
      message: 'A record with the same unique values already exists.',
      cause: error,
    });
  }
  if (kind === 'unavailable') {
    // 503: the caller did nothing wrong and the same call will work once the database is back.
    return new TRPCError({
      code: 'SERVICE_UNAVAILABLE',
      message: SERVICE_UNAVAILABLE_MESSAGE,
      cause: error,
    });
  }
  if (kind === 'not_found') {
    return new TRPCError({ code: 'NOT_FOUND', message: 'The record was not found.', cause: error });
  }
  return null;
}

/** Throws the tRPC error an error maps to, or the error itself: for work done outside a procedure. */
export function rethrowMapped(error: unknown): never {
  throw toTRPCError(error) ?? error;
}
