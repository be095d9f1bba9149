import { Prisma } from './generated/sqlite/client.ts';

/** What a failed database call means for the caller, when it is one the API answers in words. */
export type DatabaseErrorKind = 'duplicate' | 'not_found' | 'unavailable';

/**
 * Prisma's codes for a database it cannot reach, open, or get a connection or lock from in time:
 * not reachable, timed out, no such database, operations timed out (SQLITE_BUSY), connection
 * closed, no connection free in the pool.
 */
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1003', 'P1008', 'P1017', 'P2024']);

/** The driver adapters' words for the same, which a raw query's error (P2010) carries. */
const UNAVAILABLE_ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

/**
 * PostgreSQL's connection exceptions (class 08), too many connections, shutting down or starting
 * up (57P01–57P03), no such database; SQLite's busy, locked and cannot-open result codes.
 */
const UNAVAILABLE_ORIGINAL_CODES = /^(08...|53300|57P0[123]|3D000|5|6|14)$/;

/** Node's socket errors, when one reaches us without Prisma's wrapping. */
const UNAVAILABLE_SYSTEM_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EPIPE',
]);

/** libsql's own error when the SQLite file cannot be opened (SQLITE_CANTOPEN, 14). */
const SQLITE_CANNOT_OPEN = /Unable to open connection to local database|SQLITE_CANTOPEN/;

type AdapterCause = { kind?: unknown; originalCode?: unknown };

function adapterCauseOf(error: Prisma.PrismaClientKnownRequestError): AdapterCause | null {
  const adapterError = (error.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined)
    ?.driverAdapterError;
  return adapterError?.cause ?? null;
}

function isUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 3) return false;
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (UNAVAILABLE_CODES.has(error.code)) return true;
    const cause = adapterCauseOf(error);
    return (
      UNAVAILABLE_ADAPTER_KINDS.has(String(cause?.kind)) ||
      UNAVAILABLE_ORIGINAL_CODES.test(String(cause?.originalCode))
    );
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && UNAVAILABLE_SYSTEM_CODES.has(code)) return true;
  if (SQLITE_CANNOT_OPEN.test(error.message)) return true;
  return isUnavailable(error.cause, depth + 1);
}

/**
 * Classifies an error thrown by a query function: a unique value already taken, a record that was
 * not there to change, or a database that cannot be reached or opened just now (either provider).
 * Anything else is null and stays an internal error.
 */
export function databaseErrorKind(error: unknown): DatabaseErrorKind | null {
  if (isUnavailable(error)) return 'unavailable';
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return null;
  if (error.code === 'P2002') return 'duplicate';
  if (error.code === 'P2025') return 'not_found';
  return null;
}
