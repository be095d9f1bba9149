import { SuccessBanner } from '@belonging/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../components/query-state.tsx';
import { usePageTitle } from '../../lib/use-page-title.ts';
import { OwnerNamesSetting } from './owner-names-setting.tsx';
import { PublicationHistory } from './publication-history.tsx';
import { PublishSteps } from './publish-steps.tsx';
import { PublishedNow } from './published-now.tsx';
import { useTRPC } from '@belonging/client';

/**
 * The trust's public progress page: what is published now, publishing a locked quarter after a
 * preview and a confirmation, taking it down, and whether owners are named.
 */
export function PublicationPage() {
  usePageTitle('Public progress page');
  const trpc = useTRPC();
  const options = useQuery(trpc.admin.publication.options.queryOptions());
  const current = useQuery(trpc.admin.publication.current.queryOptions());
  const [done, setDone] = useState<string | null>(null);

  return (
    <>
      <h1>Public progress page</h1>
      <SuccessBanner id="publication-done" focus>
        {done ? <p>{done}</p> : null}
      </SuccessBanner>
      <p className="nhsuk-lede-text">
        Publish the strategy’s progress and the trust’s equality figures for anyone to read, as the
        Public Sector Equality Duty asks.
      </p>
      <p>
        Only what you publish here is public: a locked quarter’s snapshot, and a saved workforce
        year if you choose one. Comments, people’s names and emails, narratives and items marked
        internal, and small numbers are never on the page. Mark a commitment, action or KPI internal
        on its page under <Link to="/strategy">Strategy</Link> or <Link to="/kpis">KPIs</Link>.
      </p>
      {options.isPending || options.isError ? (
        <QueryState error={options.error} what="what can be published" />
      ) : current.isPending || current.isError ? (
        <QueryState error={current.error} what="the published page" />
      ) : options.data.slug === null ? (
        <QueryState error={new Error('no trust')} what="your trust" />
      ) : (
        <>
          <PublishedNow
            slug={options.data.slug}
            published={current.data.current}
            onUnpublished={setDone}
          />
          <PublishSteps
            slug={options.data.slug}
            periods={options.data.periods}
            uploads={options.data.workforceUploads}
            isReplacing={current.data.current !== null}
            onPublished={setDone}
          />
          <OwnerNamesSetting showOwnerNames={options.data.showOwnerNames} />
          <PublicationHistory history={current.data.history} />
        </>
      )}
    </>
  );
}
