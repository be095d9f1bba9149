import { Footer, Header, MainWrapper, SkipLink } from '@belonging/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { navFor } from '../lib/roles.ts';
import { useMe } from '../lib/use-me.ts';
import { DemoBanner } from './demo-banner.tsx';
import { PageErrorBoundary } from './page-error-boundary.tsx';
import { RouterLink } from './router-link.tsx';
import { useFocusMainOnNavigate } from './use-focus-main.ts';
import { rememberProviderLogout, useTRPC } from '@belonging/client';

export function Layout() {
  const me = useMe();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useFocusMainOnNavigate();

  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({
      onSettled: (answer) => {
        // The signed-out page offers the trust's provider logout too, when it has one.
        rememberProviderLogout(answer, me.data?.organisation.name);
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
                settingsHref: '/settings',
              }
            : undefined
        }
      />
      {me.data?.organisation.isDemo ? (
        <DemoBanner organisation={me.data.organisation.name} />
      ) : null}
      <MainWrapper>
        <PageErrorBoundary resetKey={pathname}>
          <Outlet />
        </PageErrorBoundary>
      </MainWrapper>
      <Footer>
        <p className="nhsuk-body-s">
          <RouterLink href="/help">Help: what the colours, SPC icons and bands mean</RouterLink>
        </p>
      </Footer>
    </>
  );
}
