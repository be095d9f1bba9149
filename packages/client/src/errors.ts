import { SERVICE_UNAVAILABLE_MESSAGE } from '@belonging/domain';
import { TRPCClientError } from '@trpc/client';

/** The API's refusals a page explains in words; anything else is a problem with the service. */
export type TErrorCode =
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_REQUEST'
  | 'TOO_MANY_REQUESTS'
  | 'SERVICE_UNAVAILABLE'
  | 'OTHER';

/** Field name → its first message; the order of insertion is the order the summary shows. */
export type TFieldErrors = Record<string, string>;

type TErrorData = {
  code?: string;
  fieldErrors?: Record<string, string[] | undefined> | null;
  zodError?: { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] } | null;
  details?: Record<string, unknown> | null;
};

/** Said when the failure was not the API's answer (no connection, a proxy's error page). */
export const SERVICE_PROBLEM =
  'Sorry, there is a problem with the service. Check your connection and try again.';

function dataOf(error: unknown): TErrorData | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  if (!data || typeof data !== 'object') return null;
  return data;
}

export function errorCode(error: unknown): TErrorCode {
  const code = dataOf(error)?.code;
  switch (code) {
    case 'UNAUTHORIZED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'BAD_REQUEST':
    case 'TOO_MANY_REQUESTS':
    case 'SERVICE_UNAVAILABLE':
      return code;
    default:
      return isProxy503(error) ? 'SERVICE_UNAVAILABLE' : 'OTHER';
  }
}

/** The HTTP response a failed call came back in, when there was one. */
export function responseOf(error: unknown): Response | null {
  if (!(error instanceof TRPCClientError)) return null;
  const meta: unknown = error.meta;
  const response =
    meta && typeof meta === 'object' && 'response' in meta ? meta.response : undefined;
  return response instanceof Response ? response : null;
}

/** A 503 that is not the API's own answer: a proxy's page while the server is away. */
function isProxy503(error: unknown): boolean {
  return !dataOf(error) && responseOf(error)?.status === 503;
}

/**
 * The server's message for people; when the service is unavailable (the database or the server
 * away) the words that say so; a generic one when the failure was not the API's answer.
 */
export function errorMessage(error: unknown): string {
  if (errorCode(error) === 'SERVICE_UNAVAILABLE') return SERVICE_UNAVAILABLE_MESSAGE;
  if (error instanceof TRPCClientError && dataOf(error)) return error.message;
  return SERVICE_PROBLEM;
}

/** The first message per field, from the API's own checks and from its input schema. */
export function serverFieldErrors(error: unknown): TFieldErrors {
  const data = dataOf(error);
  const out: TFieldErrors = {};
  for (const source of [data?.zodError?.fieldErrors, data?.fieldErrors]) {
    for (const [field, messages] of Object.entries(source ?? {})) {
      const first = messages?.[0];
      if (first && !out[field]) out[field] = first;
    }
  }
  return out;
}

/** Extra data the API sent with a refusal (the current version on a conflict). */
export function errorDetails(error: unknown): Record<string, unknown> | null {
  return dataOf(error)?.details ?? null;
}

/** What the API said about a failed request: a summary line and any messages per field. */
export function describeServerError(error: unknown): { message: string; fields: TFieldErrors } {
  const fields = serverFieldErrors(error);
  if (errorCode(error) === 'SERVICE_UNAVAILABLE') {
    return { message: SERVICE_UNAVAILABLE_MESSAGE, fields };
  }
  if (!(error instanceof TRPCClientError)) return { message: SERVICE_PROBLEM, fields };
  const formError = dataOf(error)?.zodError?.formErrors?.[0];
  const message =
    Object.keys(fields).length > 0
      ? 'Check the answers marked below.'
      : (formError ?? error.message);
  return { message, fields };
}

export { SERVICE_UNAVAILABLE_MESSAGE };
