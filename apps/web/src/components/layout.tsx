import { Footer, Header, MainWrapper, NotificationBanner, SkipLink } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { navFor } from '../lib/roles.ts';
import { useTRPC } from '../lib/trpc.ts';
import { useMe } from '../lib/use-me.ts';
import { PageErrorBoundary } from './page-error-boundary.tsx';
import { RouterLink } from './router-link.tsx';

/** Moves focus to the main content after each client-side page change, as a page load would. */
function useFocusMainOnNavigate() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('maincontent')?.focus({ preventScroll: false });
  }, [pathname]);
}

export function Layout() {
  const me = useMe();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useFocusMainOnNavigate();

  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: () => {
        // Nothing read while signed in stays in memory for the next person at this computer.
        queryClient.clear();
        void navigate('/sign-in?signedOut=1');
      },
    }),
  );

  const navItems = me.data
    ? navFor(me.data.roles).map((item) => ({
        ...item,
        current: pathname === item.href,
        active:
          pathname !== item.href &&
          pathname.startsWith(item.href === '/actions' ? '/actions/' : `${item.href}/`),
      }))
    : [];

  return (
    <>
      <SkipLink />
      <Header
        serviceName="Belonging Tracker"
        homeHref="/"
        navItems={navItems}
        Link={RouterLink}
        account={
          me.data
            ? {
                name: me.data.name,
                onSignOut: () => signOut.mutate(),
                signingOut: signOut.isPending,
              }
            : undefined
        }
      />
      {me.data?.organisation.isDemo ? (
        <div className="nhsuk-width-container bt-demo-banner">
          <NotificationBanner title="Demo data" id="demo-data">
            <p className="nhsuk-notification-banner__heading">You are looking at the demo trust.</p>
            <p>
              {me.data.organisation.name} is a demonstration. Its figures are invented or taken from
              published examples, and must not be read as any trust's own.
            </p>
          </NotificationBanner>
        </div>
      ) : null}
      <MainWrapper>
        <PageErrorBoundary resetKey={pathname}>
          <Outlet />
        </PageErrorBoundary>
      </MainWrapper>
      <Footer />
    </>
  );
}
