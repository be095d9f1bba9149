import { Prisma } from './generated/sqlite/client.ts';

/** What a failed database call means for the caller, when it is one the API answers in words. */
export type DatabaseErrorKind = 'duplicate' | 'not_found';

/**
 * Classifies an error thrown by a query function: a unique value already taken, or a record that
 * was not there to change. Anything else is null and stays an internal error.
 */
export function databaseErrorKind(error: unknown): DatabaseErrorKind | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (error.code === 'P2002') return 'duplicate';
  if (error.code === 'P2025') return 'not_found';
  return null;
}
