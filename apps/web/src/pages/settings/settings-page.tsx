import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/query-state.tsx';
import { PageTitle } from '../../lib/error-title.tsx';
import { pageTitle } from '../../lib/page-title.ts';
import { EmailPreferencesForm } from './email-preferences-form.tsx';
import { useTRPC } from '@belonging/client';

/** "Your settings": what each person decides for themselves, today which emails they get. */
export function SettingsPage() {
  const trpc = useTRPC();
  const preferences = useQuery(trpc.account.emailPreferences.queryOptions());
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <PageTitle text={pageTitle('Your settings')} />
        <h1>Your settings</h1>
        <QueryState query={preferences} what="your settings">
          {(saved) => (
            <>
              <p>
                Choose which emails the tracker sends you. Your trust’s EDI team can also pause all
                email for everyone.
              </p>
              <EmailPreferencesForm saved={saved} />
            </>
          )}
        </QueryState>
      </div>
    </div>
  );
}
