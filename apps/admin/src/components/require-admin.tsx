import { currentPath, signInPath } from '@belonging/client';
import type { ReactNode } from 'react';
import { usePageTitle } from '../lib/use-page-title.ts';
import { isEdiAdmin, useMe } from '../lib/use-me.ts';

/** Shows a page only to the EDI team; anyone else gets a page that says why, never a blank. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const me = useMe();
  if (me.isPending) return <p role="status">Checking your access…</p>;
  if (me.isError) return <ServiceProblem />;
  if (!me.data) return <SignInNeeded />;
  if (!isEdiAdmin(me.data.roles)) return <NoAccess name={me.data.name} />;
  if (me.data.mustChangePassword) return <PasswordChangeNeeded />;
  return children;
}

/** The API refuses everything else until a temporary password is changed, so say that first. */
function PasswordChangeNeeded() {
  usePageTitle('Change your temporary password');
  return (
    <>
      <h1>Change your temporary password</h1>
      <p>
        You signed in with a temporary password. Choose your own password before you use the admin
        app.
      </p>
      <p>
        <a className="nhsuk-button" href="/change-password" draggable={false}>
          Change your password
        </a>
      </p>
    </>
  );
}

export function NoAccess({ name }: { name?: string }) {
  usePageTitle('You do not have access');
  return (
    <>
      <h1>You do not have access</h1>
      <p>
        Only the EDI team can use the admin app{name ? `, and you are signed in as ${name}` : ''}.
      </p>
      <p>
        If you need to build the strategy or manage people, ask your trust's EDI lead to give you
        the EDI team role.
      </p>
      <p>
        <a href="/">Go to the Belonging Tracker</a>
      </p>
    </>
  );
}

function SignInNeeded() {
  usePageTitle('Sign in');
  return (
    <>
      <h1>Sign in to the admin app</h1>
      <p>
        The admin app is for the EDI team. Sign in with your trust account and you will come back to
        this page.
      </p>
      <p>
        <a className="nhsuk-button" href={signInPath(currentPath())} draggable={false}>
          Sign in
        </a>
      </p>
    </>
  );
}

export function ServiceProblem() {
  usePageTitle('Sorry, there is a problem');
  return (
    <>
      <h1>Sorry, there is a problem with the service</h1>
      <p>Try again later. Nothing you entered has been lost on our side.</p>
    </>
  );
}
