import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@belonging/client';

/** Who is signed in (null when nobody is): every page decides what to show from this. */
export function useMe() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000 });
}

export type TMe = NonNullable<ReturnType<typeof useMe>['data']>;
