import { Header, MainWrapper, SkipLink } from '@belonging/ui';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { RouterLink } from './router-link.tsx';
import { isEdiAdmin, useMe } from '../lib/use-me.ts';
import { rememberProviderLogout, useTRPC } from '@belonging/client';

const NAV: { href: string; label: string }[] = [
  { href: '/strategy', label: 'Strategy' },
  { href: '/kpis', label: 'KPIs' },
  { href: '/import', label: 'Import' },
  { href: '/workforce', label: 'Workforce data' },
  { href: '/periods', label: 'Reporting periods' },
  { href: '/people', label: 'People' },
  { href: '/eds', label: 'EDS 2022' },
  { href: '/emails', label: 'Emails' },
  { href: '/publication', label: 'Public page' },
  { href: '/audit', label: 'Audit' },
  { href: '/sign-in-settings', label: 'Sign-in' },
];

/** The NHS header with the EDI team's sections, the signed-in person and a sign-out button. */
export function AdminLayout({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const me = useMe();
  const { pathname } = useLocation();
  const signOut = useMutation(
    // The shared sign-in page says "You have signed out" when it is asked to, as the web app does.
    trpc.auth.signOut.mutationOptions({
      onSettled: (answer) => {
        rememberProviderLogout(answer, me.data?.organisation.name);
        window.location.assign('/sign-in?signedOut=1');
      },
    }),
  );
  // After a client-side page change, start keyboard and screen-reader users at the new content,
  // as a full page load would; the first load keeps the browser's own start. Comparing with the
  // last path (not the first) also moves focus on returning to the page first opened.
  const lastPath = useRef(pathname);
  useEffect(() => {
    if (pathname === lastPath.current) return;
    lastPath.current = pathname;
    document.getElementById('maincontent')?.focus();
  }, [pathname]);
  const navItems = isEdiAdmin(me.data?.roles)
    ? NAV.map((item) => ({
        ...item,
        current: pathname === item.href,
        active: pathname !== item.href && pathname.startsWith(`${item.href}/`),
      }))
    : [];
  return (
    <>
      <SkipLink />
      <Header
        serviceName="Belonging Tracker admin"
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
      <MainWrapper>{children}</MainWrapper>
    </>
  );
}
