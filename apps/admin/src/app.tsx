import { useQuery } from '@tanstack/react-query';
import { useTRPC } from './lib/trpc.ts';

export function App() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  return (
    <main>
      <h1>Belonging Tracker admin</h1>
      {me.isPending ? <p>Loading…</p> : <p>{me.data ? `Signed in as ${me.data.name}` : 'You are not signed in.'}</p>}
    </main>
  );
}
