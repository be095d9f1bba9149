import { QueryClientProvider } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import type { ReactNode } from 'react';
import { makeQueryClient, makeTRPCClient, TRPCProvider, type TApi } from '@belonging/client';

type TCache = {
  queryClient: ReturnType<typeof makeQueryClient>;
  trpc: TApi;
};

/**
 * The app's own query and API clients for component tests that never reach the API: nobody is
 * signed in (the answer is already cached), and no test here presses a button that sends a request.
 * `fill` caches the answers a page reads, as the API would give them.
 */
export function makeApiWrapper(fill?: (cache: TCache) => void) {
  const queryClient = makeQueryClient();
  const trpcClient = makeTRPCClient();
  const trpc = createTRPCOptionsProxy({ client: trpcClient, queryClient });
  queryClient.setQueryData(trpc.auth.me.queryKey(), null);
  fill?.({ queryClient, trpc });
  return function ApiWrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          {children}
        </TRPCProvider>
      </QueryClientProvider>
    );
  };
}
