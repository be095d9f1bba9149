import { InsetText, WarningCallout } from '@belonging/ui';
import { Link } from 'react-router';
import { plural } from '../../lib/plural.ts';

/** What the Emails page says first: email paused, the server unable to send, messages that failed. */
export function EmailNotices({
  emailPaused,
  mailConfigured,
  failedCount,
}: {
  emailPaused: boolean;
  mailConfigured: boolean;
  failedCount: number;
}) {
  return (
    <>
      {emailPaused ? <PausedBanner /> : null}
      {mailConfigured ? null : (
        <InsetText>
          <p>Email is not configured on this server: messages wait here and are not sent.</p>
        </InsetText>
      )}
      {failedCount > 0 ? (
        <WarningCallout heading={`${plural(failedCount, 'email')} failed`}>
          <p>
            The mail server refused {failedCount === 1 ? 'it' : 'them'} and will not try again. Each
            failed email shows the reason: check the person’s address on the People page, and chase
            them another way.
          </p>
          <p>
            <Link to="/emails?status=failed">Show the failed emails</Link>
          </p>
        </WarningCallout>
      ) : null}
    </>
  );
}

/** The banner on every email page while the trust's email is paused. */
export function PausedBanner() {
  return (
    <WarningCallout heading="Email is paused for this trust">
      <p>
        Nothing is sent while email is paused. Messages still wait here and go once you resume email
        in the <Link to="/emails/settings">email settings</Link>.
      </p>
    </WarningCallout>
  );
}

/** One line for the admin home page when any message failed; nothing otherwise. */
export function FailedEmailsLine({ failedCount }: { failedCount: number }) {
  if (failedCount === 0) return null;
  return (
    <p className="nhsuk-body nhsuk-u-font-weight-bold">
      {plural(failedCount, 'email')} could not be sent.{' '}
      <Link to="/emails?status=failed">See the failed emails</Link>
    </p>
  );
}
