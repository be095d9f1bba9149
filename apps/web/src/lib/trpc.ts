import type { AppRouter } from '@belonging/api';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpBatchStreamLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import { errorCode } from './trpc-errors.ts';

/** The server takes at most 20 calls in one batch; larger batches are split. */
const MAX_BATCH = 20;

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

const NO_RETRY = new Set<string>([
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
]);

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !NO_RETRY.has(errorCode(error)) && count < 2,
      },
    },
  });
}

/**
 * Sign-in and sign-out set cookies, so they go as plain batched requests. Everything else is
 * streamed: the HTTP status is then 200 and a refusal (403, 404, 409) arrives as data the page
 * explains, instead of a failed request logged as an error in the browser console.
 */
export function makeTRPCClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.path.startsWith('auth.') && op.type === 'mutation',
        true: httpBatchLink({ url: '/trpc', transformer: superjson, maxItems: MAX_BATCH }),
        false: httpBatchStreamLink({ url: '/trpc', transformer: superjson, maxItems: MAX_BATCH }),
      }),
    ],
  });
}
