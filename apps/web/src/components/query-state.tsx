import { errorMessage, queryFailure, SessionExpired } from '@belonging/client';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
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
  const navigate = useNavigate();
  if (query.isPending) return <Loading what={what} />;
  if (query.isError) {
    const failure = queryFailure(query.error);
    if (failure === 'session-expired') {
      return <SessionExpired go={(path) => void navigate(path, { replace: true })} />;
    }
    if (failure === 'refused') return <Refusal message={errorMessage(query.error)} />;
    if (failure === 'not-found') return <NotFound message={errorMessage(query.error)} />;
    return <ServiceProblem message={errorMessage(query.error)} />;
  }
  return <>{children(query.data)}</>;
}
