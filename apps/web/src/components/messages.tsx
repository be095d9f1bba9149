import { Link } from 'react-router';
import { pageTitle } from '../lib/page-title.ts';
import { describeRoles, landingFor } from '../lib/roles.ts';
import { useMe } from '../lib/use-me.ts';

/** Said when a page or record is not for this person: what happened, who they are, where to go. */
export function Refusal({
  heading = 'You cannot see this page',
  message,
}: {
  heading?: string;
  message: string;
}) {
  const me = useMe();
  return (
    <>
      <title>{pageTitle(heading)}</title>
      <h1>{heading}</h1>
      <p data-testid="refusal">{message}</p>
      {me.data ? (
        <p>
          You are signed in as {me.data.name}, {describeRoles(me.data.roles)}. If you need access,
          contact your trust's EDI team.
        </p>
      ) : null}
      <p>
        <Link to={me.data ? landingFor(me.data.roles) : '/sign-in'}>Go to your start page</Link>
      </p>
    </>
  );
}

export function NotFound({
  message = 'If you typed the web address, check it is correct.',
}: {
  message?: string;
}) {
  return (
    <>
      <title>{pageTitle('Page not found')}</title>
      <h1>Page not found</h1>
      <p>{message}</p>
      <p>
        <Link to="/">Go to your start page</Link>
      </p>
    </>
  );
}

export function ServiceProblem({ message }: { message: string }) {
  return (
    <>
      <title>{pageTitle('Sorry, there is a problem with the service')}</title>
      <h1>Sorry, there is a problem with the service</h1>
      <p>{message}</p>
      <p>Try again later. Nothing you had saved has been lost.</p>
    </>
  );
}

/**
 * "Loading the page…", or "Loading your actions…" when `what` already has its own determiner
 * (the, your, my, this), so the sentence never reads "the your".
 */
export function loadingText(what = 'page'): string {
  return /^(the|your|my|this|these|our|a|an)\s/i.test(what)
    ? `Loading ${what}…`
    : `Loading the ${what}…`;
}

export function Loading({ what = 'page' }: { what?: string }) {
  return (
    <p className="nhsuk-body" role="status">
      {loadingText(what)}
    </p>
  );
}
