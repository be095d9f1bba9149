import { Prisma } from '@belonging/db';
import { isDomainError } from '@belonging/domain';
import { TRPCError } from '@trpc/server';

/** A rule of the API broken by the caller, with the tRPC code it should answer with. */
export class ApiError extends Error {
  constructor(
    readonly code: 'BAD_REQUEST' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN' | 'UNAUTHORIZED' | 'TOO_MANY_REQUESTS',
    message: string,
    /** Field-level messages, shown beside the form fields they name. */
    readonly fieldErrors?: Record<string, string[]>,
    /** Extra data the client needs to recover (e.g. the current version on a conflict). */
    readonly data?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * The one place where errors from the domain, the database and the procedures become tRPC errors.
 * Anything not recognised stays an internal error, whose message the error formatter hides.
 */
export function toTRPCError(error: unknown): TRPCError | null {
  if (error instanceof TRPCError) return error;
  if (error instanceof ApiError) return new TRPCError({ code: error.code, message: error.message, cause: error });
  if (isDomainError(error)) return new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') {
      return new TRPCError({ code: 'CONFLICT', message: 'A record with the same unique values already exists.', cause: error });
    }
    if (error.code === 'P2025') {
      return new TRPCError({ code: 'NOT_FOUND', message: 'The record was not found.', cause: error });
    }
  }
  return null;
}
