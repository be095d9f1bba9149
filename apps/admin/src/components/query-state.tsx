import { errorMessage, queryFailure, SessionExpired } from '@belonging/client';
import { NoAccess } from './require-admin.tsx';

/**
 * Loading and failure of a page's query, said in words: a refusal shows the no-access page, and an
 * ended session goes to sign in and back here.
 */
export function QueryState({ error, what }: { error: unknown; what: string }) {
  if (!error) return <p role="status">Loading {what}…</p>;
  const failure = queryFailure(error);
  if (failure === 'refused') return <NoAccess />;
  if (failure === 'session-expired') return <SessionExpired />;
  return (
    <div className="nhsuk-error-summary" role="alert">
      <h2 className="nhsuk-error-summary__title">We could not load {what}</h2>
      <div className="nhsuk-error-summary__body">
        <p>{errorMessage(error)}</p>
      </div>
    </div>
  );
}
