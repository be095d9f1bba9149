import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { errorCode, errorMessage } from '../lib/trpc-errors.ts';
import { Loading, NotFound, Refusal, ServiceProblem } from './messages.tsx';

/** Renders a query's data, or says plainly why there is none: never a blank screen. */
export function QueryState<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T, unknown>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  const location = useLocation();
  if (query.isPending) return <Loading what={what} />;
  if (query.isError) {
    const code = errorCode(query.error);
    if (code === 'UNAUTHORIZED') {
      return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
    }
    if (code === 'FORBIDDEN') return <Refusal message={errorMessage(query.error)} />;
    if (code === 'NOT_FOUND') return <NotFound message={errorMessage(query.error)} />;
    return <ServiceProblem message={errorMessage(query.error)} />;
  }
  return <>{children(query.data)}</>;
}
