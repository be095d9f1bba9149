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
