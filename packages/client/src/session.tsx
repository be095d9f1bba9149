import { useEffect } from 'react';
import { errorCode } from './errors.ts';

/** Why a page's query gave no data, in the terms a page explains it. */
export type TQueryFailure = 'session-expired' | 'refused' | 'not-found' | 'problem';

export function queryFailure(error: unknown): TQueryFailure {
  switch (errorCode(error)) {
    case 'UNAUTHORIZED':
      return 'session-expired';
    case 'FORBIDDEN':
      return 'refused';
    case 'NOT_FOUND':
      return 'not-found';
    default:
      return 'problem';
  }
}

/** The shared sign-in page (in the web app), asked to bring the person back to `here` afterwards. */
export function signInPath(here: string): string {
  return `/sign-in?next=${encodeURIComponent(here)}`;
}

/** The page the person is on, path and query, as the whole server sees it. */
export function currentPath(): string {
  return window.location.pathname + window.location.search;
}

/** Leaves this page for `path` with a full page load, not kept in the back button's history. */
function leaveFor(path: string): void {
  window.location.replace(path);
}

/**
 * A query failed because the session ended: sends the person to sign in, which brings them back to
 * this page. By default a full page load, because the sign-in page may belong to the other app; an
 * app whose router holds the sign-in page passes its own `go`. The link is there for the moment
 * before it happens.
 */
export function SessionExpired({ go = leaveFor }: { go?: (path: string) => void }) {
  const path = signInPath(currentPath());
  useEffect(() => go(path), [go, path]);
  return (
    <p role="status">
      Your session has ended. Taking you to <a href={path}>sign in</a>…
    </p>
  );
}
