import { TRPCClientError } from '@trpc/client';
import { NoAccess } from './require-admin.tsx';

/** Loading and failure of a page's query, said in words; a refusal shows the no-access page. */
export function QueryState({ error, what }: { error: unknown; what: string }) {
  if (!error) return <p role="status">Loading {what}…</p>;
  if (error instanceof TRPCClientError) {
    const code = (error.data as { code?: string } | undefined)?.code;
    if (code === 'FORBIDDEN') return <NoAccess />;
    if (code === 'UNAUTHORIZED') {
      return (
        <p>
          Your session has ended. <a href="/sign-in">Sign in again</a>.
        </p>
      );
    }
    return (
      <div className="nhsuk-error-summary" role="alert">
        <h2 className="nhsuk-error-summary__title">We could not load {what}</h2>
        <div className="nhsuk-error-summary__body">
          <p>{error.message}</p>
        </div>
      </div>
    );
  }
  return <p role="alert">We could not load {what}. Try again.</p>;
}
