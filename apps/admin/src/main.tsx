import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.tsx';
import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import '@belonging/ui/styles.css';
import './styles.css';
import { makeQueryClient, makeTRPCClient, TRPCProvider } from '@belonging/client';

const queryClient = makeQueryClient();
const trpcClient = makeTRPCClient();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <BrowserRouter basename="/admin">
            <App />
          </BrowserRouter>
        </TRPCProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
