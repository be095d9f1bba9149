import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import '@belonging/ui/styles.css';
import './web.css';
import type { AppRouter } from '@belonging/api';
import { QueryClientProvider } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.tsx';
import { keepOneTitle } from './lib/fallback-title.ts';
import { preloadLandingPage } from './lib/preload.ts';
import { makeQueryClient, makeTRPCClient, TRPCProvider } from '@belonging/client';

const queryClient = makeQueryClient();
const trpcClient = makeTRPCClient();
preloadLandingPage(
  window.location,
  queryClient,
  createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient }),
);

keepOneTitle(document.head);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </TRPCProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
