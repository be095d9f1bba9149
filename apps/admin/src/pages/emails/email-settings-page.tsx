import { BackLink, InsetText } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state.tsx';
import { RouterLink } from '../../components/router-link.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { PausedBanner } from './email-notices.tsx';
import { EmailSettingsForm } from './email-settings-form.tsx';
import { useTRPC } from '@belonging/client';

/** The trust's email settings: pause all email, and when reminders go. */
export function EmailSettingsPage() {
  usePageTitle('Email settings');
  const trpc = useTRPC();
  const settings = useQuery(trpc.admin.email.settings.queryOptions());
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/emails" text="Back to the emails" Link={RouterLink} />
        <h1>Email settings</h1>
        {settings.isPending || settings.isError ? (
          <QueryState error={settings.error} what="the email settings" />
        ) : (
          <>
            {settings.data.emailPaused ? <PausedBanner /> : null}
            {settings.data.mailConfigured ? null : (
              <InsetText>
                <p>Email is not configured on this server: messages wait here and are not sent.</p>
              </InsetText>
            )}
            <p>
              Each person chooses for themselves whether they get reminders on their own “Your
              settings” page.
            </p>
            <EmailSettingsForm saved={settings.data} />
          </>
        )}
      </div>
    </div>
  );
}
