import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { makeQueryClient, makeTRPCClient, TRPCProvider } from './lib/trpc.ts';
import { QueryClientProvider } from '@tanstack/react-query';

const queryClient = makeQueryClient();
const trpcClient = makeTRPCClient();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <App />
        </TRPCProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
