import { OUTBOX_STATUS_WORDS, OUTBOX_STATUSES, ZOutboxStatus } from '@belonging/domain';
import { PendingButton } from '@belonging/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SelectField } from '../../components/fields.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { EmailNotices } from './email-notices.tsx';
import { EmailsTable } from './emails-table.tsx';
import { useTRPC } from '@belonging/client';

const STATUS_OPTIONS = [
  { value: '', label: 'Every email' },
  ...OUTBOX_STATUSES.map((s) => ({ value: s, label: OUTBOX_STATUS_WORDS[s] })),
];

/** What fills the outbox, said when it is empty. */
export const EMPTY_OUTBOX =
  'Emails appear here when an update window opens, a few days before it closes, while updates are overdue, each week for the EDI team’s digest, and when a quarter’s board snapshot is locked.';

/** The trust's outbox: every email the tracker wrote, its status in words, filtered by status. */
export function EmailsPage() {
  usePageTitle('Emails');
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const parsed = ZOutboxStatus.safeParse(params.get('status'));
  const status = parsed.success ? parsed.data : undefined;
  const [chosen, setChosen] = useState<string>(status ?? '');
  const emails = useInfiniteQuery(
    trpc.admin.email.list.infiniteQueryOptions(
      { status, limit: 50 },
      { getNextPageParam: (last) => last.nextCursor ?? undefined },
    ),
  );

  const show = (event: FormEvent) => {
    event.preventDefault();
    setParams(chosen ? { status: chosen } : {});
  };

  const first = emails.data?.pages[0];
  const rows = emails.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <h1>Emails</h1>
      <p>
        Every email the tracker writes to people in the trust, and what became of it.{' '}
        <Link to="/emails/settings">Email settings</Link>: pause all email, and when reminders go.
      </p>
      {emails.isPending || emails.isError || !first ? (
        <QueryState error={emails.error} what="the emails" />
      ) : (
        <>
          <EmailNotices
            emailPaused={first.emailPaused}
            mailConfigured={first.mailConfigured}
            failedCount={first.failedCount}
          />
          <form onSubmit={show} key={params.toString()}>
            <SelectField
              name="status"
              label="Show"
              value={chosen}
              onChange={setChosen}
              options={STATUS_OPTIONS}
            />
            <button className="nhsuk-button nhsuk-button--secondary" type="submit">
              Show emails
            </button>
          </form>
          {rows.length === 0 ? (
            <p>
              {status
                ? `No emails are “${OUTBOX_STATUS_WORDS[status]}”. Choose “Every email” to see the rest.`
                : `No emails yet. ${EMPTY_OUTBOX}`}
            </p>
          ) : (
            <>
              <EmailsTable rows={rows} />
              {emails.hasNextPage ? (
                <PendingButton
                  className="nhsuk-button nhsuk-button--secondary"
                  pending={emails.isFetchingNextPage}
                  onClick={() => void emails.fetchNextPage()}
                >
                  {emails.isFetchingNextPage ? 'Loading older emails…' : 'Show older emails'}
                </PendingButton>
              ) : null}
            </>
          )}
        </>
      )}
    </>
  );
}
