import { TRPCClientError } from '@trpc/client';

type TData = {
  code: string;
  zodError?: { fieldErrors?: Record<string, string[]>; formErrors?: string[] } | null;
  fieldErrors?: Record<string, string[]> | null;
  details?: Record<string, unknown> | null;
};

/** A refusal as the browser receives it from the API: the error shape its errorFormatter sends. */
export function apiError(
  message: string,
  data: TData,
  response?: Response,
): TRPCClientError<never> {
  return TRPCClientError.from(
    { error: { message, code: -32600, data } },
    response ? { meta: { response } } : {},
  );
}

/** What fetch throws when the request never reaches the server. */
export const networkError = () => new TypeError('Failed to fetch');

/** What the client makes of a 503 page from a proxy in front of a server that is away. */
export const proxyUnavailable = () =>
  TRPCClientError.from(new Error('Unexpected token < in JSON'), {
    meta: { response: new Response('<h1>503 Service Unavailable</h1>', { status: 503 }) },
  });

/** The API's own answer while its database cannot be reached. */
export const databaseUnavailable = () =>
  apiError(
    'The service is unavailable, try again in a minute.',
    { code: 'SERVICE_UNAVAILABLE' },
    new Response(null, { status: 503, headers: { 'Retry-After': '30' } }),
  );
