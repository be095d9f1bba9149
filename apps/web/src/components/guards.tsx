import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../lib/use-me.ts';
import { roleNoun } from '@belonging/domain';
import type { TRole } from '../lib/roles.ts';
import { Loading, Refusal, ServiceProblem } from './messages.tsx';
import { errorMessage, signInPath } from '@belonging/client';

/** Pages behind sign-in: nobody signed in goes to the sign-in page and comes back afterwards. */
export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <ServiceProblem message={errorMessage(me.error)} />;
  if (!me.data) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (me.data.mustChangePassword && location.pathname !== '/change-password') {
    return <Navigate to="/change-password" replace />;
  }
  return <Outlet />;
}

/** A page for some roles only: anyone else is told so, in words, rather than shown nothing. */
export function RequireRole({
  roles,
  page,
  children,
}: {
  roles: TRole[];
  page: string;
  children: ReactNode;
}) {
  const me = useMe();
  if (!me.data) return null;
  if (!me.data.roles.some((r) => (roles as string[]).includes(r))) {
    const who = roles.map((r) => `${roleNoun(r)}s`).join(' and ');
    return <Refusal message={`${page} is for ${who}.`} />;
  }
  return <>{children}</>;
}
