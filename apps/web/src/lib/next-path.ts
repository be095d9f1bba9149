/**
 * Only paths on this server, so a crafted link cannot send people elsewhere after signing in
 * (browsers read `//host` and `/\host` as another site).
 */
export function safeNext(next: string | null): string | null {
  return next &&
    next.startsWith('/') &&
    !next.startsWith('//') &&
    !next.startsWith('/\\') &&
    !next.startsWith('/sign-in')
    ? next
    : null;
}

/** The admin app is a second app on this server: reaching it takes a full page load. */
export const isAdminPath = (path: string) => path === '/admin' || path.startsWith('/admin/');
