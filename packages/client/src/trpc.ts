import type { AppRouter } from '@belonging/api';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpBatchStreamLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import superjson from 'superjson';
import { retryDelay, shouldRetry } from './retry.ts';

/** The server takes at most 20 calls in one batch; larger batches are split. */
const MAX_BATCH = 20;

/** The one QueryClient an app makes: 30 s fresh, no refetch on focus, retries as `retry.ts` says. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, refetchOnWindowFocus: false, retry: shouldRetry, retryDelay },
    },
  });
}

/** Both apps talk to the one API, so they share one tRPC context for its router type. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

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

/** The API's client as the pages use it: `trpc.kpi.pathFilter()`, `trpc.kpi.byId.queryOptions()`. */
export type TApi = ReturnType<typeof useTRPC>;
