import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@belonging/client';

/** Who is signed in (null when nobody is); shared by the layout and the access guard. */
export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions());
}

export function isEdiAdmin(roles: readonly string[] | undefined): boolean {
  return roles?.includes('edi_admin') ?? false;
}
